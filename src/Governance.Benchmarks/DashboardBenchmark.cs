using Governance.Domain.Boards;
using Governance.Domain.Common;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Postgres;
using Marten;
using Npgsql;

namespace Governance.Benchmarks;

/// <summary>
/// The national view with the full reference history and 100,000 recorded decisions: the whole page, over HTTP from
/// the ledger running as its own process, against reading the same rows it is built from (every footprint's events)
/// straight from PostgreSQL.
/// </summary>
public static class DashboardBenchmark
{
    private const int Meetings = 1_000;
    private const int ResolutionsPerMeeting = 100;
    private const int Runs = 50;

    public static async Task RunAsync(TextWriter output)
    {
        await using var cluster = await PostgresCluster.StartThrowawayAsync();
        await cluster.EnsureDatabaseAsync("bench_dashboard");
        var connectionString = cluster.ConnectionString("bench_dashboard");
        await using var database = NpgsqlDataSource.Create(connectionString);
        await SeedDecisionsAsync(connectionString, database);

        await using var ledger = await LedgerProcess.StartAsync(connectionString);
        using var http = new HttpClient();
        var footprints = await FootprintStreamsAsync(database);
        var random = new Random(2016);
        var page = new List<double>();
        var rows = new List<double>();
        for (var run = 0; run < Runs + 5; run++)
        {
            var date = new DateOnly(2016, 4, 1).AddDays(random.Next(365 * 7));
            var pageTime = await Measure.MillisecondsAsync(async () =>
                (await http.GetStringAsync($"{ledger.BaseUrl}/?date={date:yyyy-MM-dd}")).Length);
            var rowsTime = await Measure.MillisecondsAsync(() => ReadRowsAsync(database, footprints));
            if (run < 5) continue;
            page.Add(pageTime);
            rows.Add(rowsTime);
        }

        output.WriteLine($"reference history plus {Meetings * ResolutionsPerMeeting:N0} recorded decisions; {Runs} requests on random dates");
        output.WriteLine($"read the footprints' event rows:   p50 {Measure.Percentile(rows, 50),7:N1} ms   p95 {Measure.Percentile(rows, 95),7:N1} ms");
        output.WriteLine($"national view page over HTTP:      p50 {Measure.Percentile(page, 50),7:N1} ms   p95 {Measure.Percentile(page, 95),7:N1} ms");
        output.WriteLine($"page / rows:                       p50 {Measure.Percentile(page, 50) / Measure.Percentile(rows, 50),7:N1}x    p95 {Measure.Percentile(page, 95) / Measure.Percentile(rows, 95),7:N1}x");
    }

    private static async Task SeedDecisionsAsync(string connectionString, NpgsqlDataSource database)
    {
        using var store = new DocumentStore(MartenSetup.StoreOptionsFor(connectionString, new LedgerLog(database), audit: null));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var provenance = new Provenance("benchmark", null, new SourceDocument("generated"));
        await Parallel.ForAsync(0, Meetings, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (m, token) =>
        {
            var date = EffectiveDate.OnDay(new DateOnly(2017, 1, 1).AddDays(m % 2000));
            await using var session = store.LightweightSession();
            session.Events.StartStream($"bench-meeting-{m}", Enumerable.Range(1, ResolutionsPerMeeting)
                .Select(n => (object)new ResolutionRecorded($"{date.Date.Year}/{n}", "Item", "Text of the resolution", "Reasons",
                    new Votes(["v1", "v2", "v3"], [], []), [], ResolutionOutcome.Passed, null, date, provenance)));
            await session.SaveChangesAsync(token);
        });
        await using var analyze = database.CreateCommand("analyze");
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task<string[]> FootprintStreamsAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("select id from governance.mt_doc_footprintlisting");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids.ToArray();
    }

    private static async Task<int> ReadRowsAsync(NpgsqlDataSource database, string[] streams)
    {
        await using var command = database.CreateCommand(
            "select data::text from governance.mt_events where stream_id = any($1) order by seq_id");
        command.Parameters.AddWithValue(streams);
        await using var reader = await command.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync()) count += reader.GetString(0).Length > 0 ? 1 : 0;
        return count;
    }
}
