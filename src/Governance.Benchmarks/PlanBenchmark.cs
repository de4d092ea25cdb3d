using Governance.Domain.Common;
using Governance.Domain.Plans;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Http;
using Governance.Ledger.Infrastructure.Postgres;
using Governance.Ledger.Plans;
using Marten;
using Npgsql;

namespace Governance.Benchmarks;

/// <summary>
/// A plan read as at a date, and as known at a moment, the way GET /api/plans/{id} reads it (its stored header, the
/// version in force, the changes approved but not yet in effect), for plans with 20, 200 and 2,000 approved
/// amendments; against reading the same plan's event rows raw from PostgreSQL, both timed over the same runs.
/// </summary>
public static class PlanBenchmark
{
    private const int Runs = 200;
    private const int AmendmentsPerTransaction = 50;

    public static async Task RunAsync(TextWriter output)
    {
        await using var cluster = await PostgresCluster.StartThrowawayAsync();
        await cluster.EnsureDatabaseAsync("bench_plans");
        var connectionString = cluster.ConnectionString("bench_plans");
        await using var database = NpgsqlDataSource.Create(connectionString);
        using var store = new DocumentStore(MartenSetup.StoreOptionsFor(connectionString, new LedgerLog(database), audit: null));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        output.WriteLine($"{Runs} reads of each on random dates (and random moments of the plan's recording), after 10 warm-up reads");
        output.WriteLine("amendments  events   raw rows p50/p95 ms   as at p50/p95 ms   as known at p50/p95 ms   as-at/raw p95   known/raw p95");
        foreach (var amendments in new[] { 20, 200, 2_000 })
        {
            var (plan, recorded) = await SeedAsync(store, amendments);
            await using (var analyze = database.CreateCommand("analyze")) await analyze.ExecuteNonQueryAsync();
            var raw = new List<double>();
            var asAt = new List<double>();
            var knownAt = new List<double>();
            var random = new Random(2016);
            for (var run = 0; run < Runs + 10; run++)
            {
                var date = new DateOnly(2017, 1, 1).AddDays(random.Next(amendments + 30));
                var moment = recorded[random.Next(recorded.Count)];
                var rawTime = await Measure.MillisecondsAsync(() => ReadRawAsync(database, plan));
                var asAtTime = await Measure.MillisecondsAsync(() => ReadAsAtAsync(store, plan, new AsAtQuery(date, null)));
                var knownTime = await Measure.MillisecondsAsync(() => ReadAsAtAsync(store, plan, new AsAtQuery(date, moment)));
                if (run < 10) continue;
                raw.Add(rawTime);
                asAt.Add(asAtTime);
                knownAt.Add(knownTime);
            }

            string P(List<double> samples) => $"{Measure.Percentile(samples, 50),6:N1} /{Measure.Percentile(samples, 95),6:N1}";
            output.WriteLine($"{amendments,10:N0} {2 * amendments + 1,7:N0}   {P(raw),19}   {P(asAt),16}   {P(knownAt),22}   " +
                             $"{Measure.Percentile(asAt, 95) / Measure.Percentile(raw, 95),12:N2}x   {Measure.Percentile(knownAt, 95) / Measure.Percentile(raw, 95),12:N2}x");
        }
    }

    /// <summary>The read GET /api/plans/{id} makes.</summary>
    private static async Task<int> ReadAsAtAsync(IDocumentStore store, string plan, AsAtQuery query)
    {
        await using var session = store.QuerySession();
        var header = await PlanRecords.HeaderAsync(session, plan, query.KnownAt, CancellationToken.None);
        var version = await PlanRecords.InForceAsync(session, plan, query.AsOf, query.KnownAt, CancellationToken.None);
        var pending = await PlanRecords.ApprovedNotYetInEffectAsync(session, plan, query.AsOf, query.KnownAt, CancellationToken.None);
        var milestones = await PlanRecords.MilestonesAsync(session, plan, CancellationToken.None);
        return header is null || version is null ? -1 : PlanAsAtView.Of(header, milestones, version, pending, query).Sections.Count;
    }

    /// <summary>A plan drafted on the last day of 2016, then amended and approved day by day, recorded
    /// <see cref="AmendmentsPerTransaction"/> amendments at a time; returns its id and the moments it was recorded.</summary>
    private static async Task<(string Plan, List<DateTimeOffset> Recorded)> SeedAsync(IDocumentStore store, int amendments)
    {
        string[] sections = ["urgent-and-emergency-care", "primary-care", "mental-health", "cancer", "prevention",
            "workforce", "digital", "estates", "finance"];
        var provenance = new Provenance("benchmark", null, new SourceDocument("generated"));
        var start = new DateOnly(2017, 1, 1);
        var id = $"benchmark-plan-{amendments}";
        var recorded = new List<DateTimeOffset>();
        var revisions = sections.ToDictionary(s => s, _ => 0);
        for (var from = 0; from <= amendments; from += AmendmentsPerTransaction)
        {
            await using var session = store.LightweightSession();
            var events = new List<object>();
            if (from == 0)
                events.Add(new PlanDrafted("QF7", "Benchmark plan", sections.Select(s => new PlanSection(s, s,
                    $"The {s} section as drafted.", [new FinancialFigure("Planned savings", "2020/21", 10m)])).ToList(), false,
                    EffectiveDate.OnDay(start.AddDays(-1)), provenance));
            for (var n = Math.Max(1, from); n < Math.Min(amendments + 1, from + AmendmentsPerTransaction); n++)
            {
                var section = sections[n % sections.Length];
                var on = EffectiveDate.OnDay(start.AddDays(n));
                events.Add(new AmendmentProposed($"A{n}", [new SectionChange(section, revisions[section], null,
                    $"The {section} section as amended by amendment {n}, with a few more words to make it realistic.", null)],
                    "Benchmark", on, provenance));
                events.Add(new AmendmentApproved($"A{n}", new ApprovingDecision("board", $"2017/{n}"), on.Date, on, provenance));
                revisions[section]++;
            }

            if (events.Count == 0) continue;
            if (from == 0) session.Events.StartStream<Plan>(id, events);
            else session.Events.Append(id, events);
            await session.SaveChangesAsync();
            recorded.Add(DateTimeOffset.UtcNow);
        }

        return (id, recorded);
    }

    private static async Task<int> ReadRawAsync(NpgsqlDataSource database, string stream)
    {
        await using var command = database.CreateCommand("select data::text from governance.mt_events where stream_id = $1 order by version");
        command.Parameters.AddWithValue(stream);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) rows += reader.GetString(0).Length > 0 ? 1 : 0;
        return rows;
    }
}
