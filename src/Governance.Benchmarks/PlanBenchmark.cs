using Governance.Domain.Common;
using Governance.Domain.Plans;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Postgres;
using Governance.Ledger.Plans;
using Marten;
using Npgsql;

namespace Governance.Benchmarks;

/// <summary>
/// The plan-as-at read for a plan with 2,000 approved amendments: load its stream, fold it, and take the version in
/// force on a date, against reading the same rows raw from PostgreSQL, both timed over the same runs.
/// </summary>
public static class PlanBenchmark
{
    private const int Amendments = 2_000;
    private const int Runs = 200;

    public static async Task RunAsync(TextWriter output)
    {
        await using var cluster = await PostgresCluster.StartThrowawayAsync();
        await cluster.EnsureDatabaseAsync("bench_plans");
        var connectionString = cluster.ConnectionString("bench_plans");
        await using var database = NpgsqlDataSource.Create(connectionString);
        using var store = new DocumentStore(MartenSetup.StoreOptionsFor(connectionString, new LedgerLog(database), audit: null));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var plan = await SeedAsync(store);

        var raw = new List<double>();
        var fetched = new List<double>();
        var asAt = new List<double>();
        var random = new Random(2016);
        for (var run = 0; run < Runs + 10; run++)
        {
            var date = new DateOnly(2017, 1, 1).AddDays(random.Next(Amendments + 30));
            var rawTime = await Measure.MillisecondsAsync(() => ReadRawAsync(database, plan));
            var fetchTime = await Measure.MillisecondsAsync(async () =>
            {
                await using var session = store.QuerySession();
                return (await session.Events.FetchStreamAsync(plan)).Count;
            });
            var asAtTime = await Measure.MillisecondsAsync(async () =>
            {
                await using var session = store.QuerySession();
                var loaded = await PlanReader.LoadAsync(session, plan, null, CancellationToken.None);
                return PlanVersions.AsAt(loaded!, date)!.Version.Number;
            });
            if (run < 10) continue; // warm-up
            raw.Add(rawTime);
            fetched.Add(fetchTime);
            asAt.Add(asAtTime);
        }

        output.WriteLine($"plan with {Amendments:N0} approved amendments ({2 * Amendments + 1:N0} events), {Runs} reads on random dates");
        output.WriteLine($"raw read of the stream's rows:  p50 {Measure.Percentile(raw, 50),7:N1} ms   p95 {Measure.Percentile(raw, 95),7:N1} ms");
        output.WriteLine($"the same events deserialised:   p50 {Measure.Percentile(fetched, 50),7:N1} ms   p95 {Measure.Percentile(fetched, 95),7:N1} ms");
        output.WriteLine($"plan as at a date:              p50 {Measure.Percentile(asAt, 50),7:N1} ms   p95 {Measure.Percentile(asAt, 95),7:N1} ms");
        output.WriteLine($"as-at / raw:                    p50 {Measure.Percentile(asAt, 50) / Measure.Percentile(raw, 50),7:N1}x    p95 {Measure.Percentile(asAt, 95) / Measure.Percentile(raw, 95),7:N1}x");
    }

    private static async Task<string> SeedAsync(IDocumentStore store)
    {
        string[] sections = ["urgent-and-emergency-care", "primary-care", "mental-health", "cancer", "prevention",
            "workforce", "digital", "estates", "finance"];
        var provenance = new Provenance("benchmark", null, new SourceDocument("generated"));
        var start = new DateOnly(2017, 1, 1);
        var events = new List<object>
        {
            new PlanDrafted("QF7", "Benchmark plan", sections.Select(s => new PlanSection(s, s, $"The {s} section as drafted.",
                [new FinancialFigure("Planned savings", "2020/21", 10m)])).ToList(), false, EffectiveDate.OnDay(start.AddDays(-1)), provenance),
        };
        var revisions = sections.ToDictionary(s => s, _ => 0);
        for (var n = 1; n <= Amendments; n++)
        {
            var section = sections[n % sections.Length];
            var on = EffectiveDate.OnDay(start.AddDays(n));
            events.Add(new AmendmentProposed($"A{n}", [new SectionChange(section, revisions[section], null,
                $"The {section} section as amended by amendment {n}, with a few more words to make it realistic.", null)],
                "Benchmark", on, provenance));
            events.Add(new AmendmentApproved($"A{n}", new ApprovingDecision("board", $"2017/{n}"), on.Date, on, provenance));
            revisions[section]++;
        }

        await using var session = store.LightweightSession();
        var id = "benchmark-plan";
        session.Events.StartStream<Plan>(id, events);
        await session.SaveChangesAsync();
        return id;
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
