using System.Net;
using Governance.Domain.Boards;
using Governance.Domain.Common;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Postgres;
using Marten;
using Npgsql;

namespace Governance.Benchmarks;

/// <summary>
/// The dashboard with the full reference history and 100,000 recorded decisions, all taken by one partnership board of
/// one footprint (1,000 meetings of 100 resolutions): the national page and that footprint's page, over HTTP from the
/// ledger running as its own process, each against reading the rows it is built from straight from PostgreSQL; and a
/// page asked again with its ETag (a 304) against the HTTP floor, the liveness probe that reads nothing.
/// </summary>
public static class DashboardBenchmark
{
    private const int Meetings = 1_000;
    private const int ResolutionsPerMeeting = 100;
    private const int Runs = 50;
    private const string Footprint = "QF7";
    private const string Body = "bench-partnership-board";

    public static async Task RunAsync(TextWriter output)
    {
        await using var cluster = await PostgresCluster.StartThrowawayAsync();
        await cluster.EnsureDatabaseAsync("bench_dashboard");
        var connectionString = cluster.ConnectionString("bench_dashboard");
        await using var database = NpgsqlDataSource.Create(connectionString);
        await SeedDecisionsAsync(connectionString, database);

        await using var ledger = await LedgerProcess.StartAsync(connectionString,
            new Dictionary<string, string> { ["Governance__Health__MaxUnchained"] = "0" });
        await ledger.ChainedAsync(TimeSpan.FromMinutes(15));
        using var http = new HttpClient();
        var footprints = await StreamsAsync(database, "select id from governance.mt_doc_footprintlisting");
        var footprintStreams = await StreamsAsync(database,
            $"select id from governance.mt_doc_meetinglisting where data ->> 'bodyId' = '{Body}' union select '{Body}' union select '{Footprint}'");
        var random = new Random(2016);
        var samples = new Dictionary<string, List<double>>();
        long pageBytes = 0;
        for (var run = 0; run < Runs + 5; run++)
        {
            var date = new DateOnly(2016, 4, 1).AddDays(random.Next(365 * 7));
            var footprintPage = $"{ledger.BaseUrl}/footprints/{Footprint}?asOf={date:yyyy-MM-dd}";
            var times = new Dictionary<string, double>
            {
                ["national rows"] = await Measure.MillisecondsAsync(() => ReadRowsAsync(database, footprints)),
                ["national page"] = await Measure.MillisecondsAsync(async () =>
                    (await http.GetStringAsync($"{ledger.BaseUrl}/?asOf={date:yyyy-MM-dd}")).Length),
                ["footprint rows"] = await Measure.MillisecondsAsync(() => ReadRowsAsync(database, footprintStreams)),
                ["footprint page"] = await Measure.MillisecondsAsync(async () =>
                {
                    var html = await http.GetStringAsync(footprintPage);
                    pageBytes = Math.Max(pageBytes, html.Length);
                    return html.Length;
                }),
            };
            var tag = (await http.GetAsync(footprintPage)).Headers.ETag!;
            times["304"] = await Measure.MillisecondsAsync(async () =>
            {
                using var again = new HttpRequestMessage(HttpMethod.Get, footprintPage) { Headers = { IfNoneMatch = { tag } } };
                using var answer = await http.SendAsync(again);
                if (answer.StatusCode != HttpStatusCode.NotModified) throw new InvalidOperationException($"{answer.StatusCode}, not a 304");
                return 0;
            });
            times["HTTP floor"] = await Measure.MillisecondsAsync(async () => (await http.GetStringAsync($"{ledger.BaseUrl}/health/live")).Length);
            if (run < 5) continue;
            foreach (var (measure, time) in times) (samples.TryGetValue(measure, out var list) ? list : samples[measure] = []).Add(time);
        }

        output.WriteLine($"reference history plus {Meetings * ResolutionsPerMeeting:N0} decisions of one board in {Footprint}; {Runs} requests on random dates");
        foreach (var (measure, times) in samples)
            output.WriteLine($"{measure,-16} p50 {Measure.Percentile(times, 50),7:N1} ms   p95 {Measure.Percentile(times, 95),7:N1} ms");
        Ratio(output, samples, "national page", "national rows");
        Ratio(output, samples, "footprint page", "footprint rows");
        Ratio(output, samples, "304", "HTTP floor");
        output.WriteLine($"largest footprint page: {pageBytes / 1024.0:N0} KiB of HTML");
    }

    private static void Ratio(TextWriter output, Dictionary<string, List<double>> samples, string measure, string baseline) =>
        output.WriteLine($"{measure} / {baseline}: p50 {Measure.Percentile(samples[measure], 50) / Measure.Percentile(samples[baseline], 50):N1}x" +
                         $"   p95 {Measure.Percentile(samples[measure], 95) / Measure.Percentile(samples[baseline], 95):N1}x");

    /// <summary>One board of the footprint, constituted in 2016, and its meetings from 2017, as the ledger's own events
    /// (appended directly, with the ledger's inline listings, for speed).</summary>
    private static async Task SeedDecisionsAsync(string connectionString, NpgsqlDataSource database)
    {
        using var store = new DocumentStore(MartenSetup.StoreOptionsFor(connectionString, new LedgerLog(database), audit: null));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var provenance = new Provenance("benchmark", null, new SourceDocument("generated"));
        string[] seats = ["v1", "v2", "v3", "v4"];
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream(Body, new BodyConstituted(Footprint, "Benchmark Partnership Board", BodyKind.PartnershipBoard,
                new TermsOfReference(3, VotingRule.SimpleMajority), seats.Select(s => new Seat(s, $"Member {s}", null, true)).ToList(),
                EffectiveDate.OnDay(new DateOnly(2016, 12, 1)), provenance));
            await session.SaveChangesAsync();
        }

        await Parallel.ForAsync(0, Meetings, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (m, token) =>
        {
            var date = EffectiveDate.OnDay(new DateOnly(2017, 1, 1).AddDays(m * 2));
            await using var session = store.LightweightSession();
            session.Events.StartStream($"bench-meeting-{m}", [
                new MeetingScheduled(Body, true, null, date, provenance),
                new AttendanceRecorded(seats, [], new Quoracy(true, "4 of 4 voting seats present; the quorum is 3"), date, provenance),
                .. Enumerable.Range(1, ResolutionsPerMeeting).Select(n => (object)new ResolutionRecorded($"{date.Date.Year}/{m * ResolutionsPerMeeting + n}", "Item",
                    "Text of the resolution", "Reasons", new Votes(seats, [], []), [], ResolutionOutcome.Passed, null, date, provenance)),
            ]);
            await session.SaveChangesAsync(token);
        });
        await using var analyze = database.CreateCommand("analyze");
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task<string[]> StreamsAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
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
