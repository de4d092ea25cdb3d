using System.Diagnostics;
using Governance.Domain.Audit;
using Governance.Domain.Common;
using Governance.Domain.Footprints;
using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Postgres;
using Marten;
using Npgsql;

namespace Governance.Benchmarks;

/// <summary>
/// What the audit costs. Write path: appends per second into bare Marten, with every transaction sealing its events,
/// and sealed with the chain following in the async daemon. Verify: events per second recomputed and checked, against a plain
/// sequential read of the same rows. Both baselines run in the same process on the same throwaway cluster.
/// </summary>
public static class AuditBenchmark
{
    private const int Transactions = 5_000;
    private const int EventsPerTransaction = 10;

    public static async Task RunAsync(TextWriter output)
    {
        await using var cluster = await PostgresCluster.StartThrowawayAsync();
        var bare = await AppendAsync(cluster, "bench_bare", audit: null);
        var sealKey = SealKey.Ephemeral();
        var withoutChain = await AppendAsync(cluster, "bench_sealed", sealKey);
        var (withChain, catchUp, log, store) = await AppendWithChainAsync(cluster, sealKey);

        var read = Time(() => log.Read().Count());
        var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        VerificationReport? report = null;
        var verify = Time(() => (report = ChainVerifier.Verify(
            new VerificationInput(log.Read(), log.ReadLinks(), [], key, CompleteLog: true, sealKey.Secret))).Chained);
        store.Dispose();

        var events = Transactions * EventsPerTransaction;
        output.WriteLine($"events appended per run: {events:N0} ({Transactions:N0} transactions of {EventsPerTransaction})");
        output.WriteLine($"append, bare Marten:         {events / bare.TotalSeconds,10:N0} events/s");
        output.WriteLine($"append, sealed, no chain:    {events / withoutChain.TotalSeconds,10:N0} events/s  ratio {bare / withoutChain:P0} of bare Marten's rate");
        output.WriteLine($"append, sealed, chained:     {events / withChain.TotalSeconds,10:N0} events/s  ratio {withoutChain / withChain:P0} of the rate without the chain, {bare / withChain:P0} of bare Marten's");
        output.WriteLine($"chain caught up after the last append in {catchUp.TotalMilliseconds:N0} ms");
        output.WriteLine($"plain sequential read:       {events / read.Elapsed.TotalSeconds,10:N0} events/s");
        output.WriteLine($"verify (recompute + check):  {events / verify.Elapsed.TotalSeconds,10:N0} events/s  ratio {read.Elapsed / verify.Elapsed:P0} of the read's rate; intact: {report!.Intact}");
    }

    private static async Task<TimeSpan> AppendAsync(PostgresCluster cluster, string database, SealKey? audit)
    {
        await cluster.EnsureDatabaseAsync(database);
        var connectionString = cluster.ConnectionString(database);
        using var store = new DocumentStore(MartenSetup.StoreOptionsFor(connectionString,
            new LedgerLog(NpgsqlDataSource.Create(connectionString)), audit, hashChain: false));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return await TimeAppendsAsync(store);
    }

    private static async Task<(TimeSpan Appends, TimeSpan CatchUp, LedgerLog Log, DocumentStore Store)> AppendWithChainAsync(
        PostgresCluster cluster, SealKey sealKey)
    {
        await cluster.EnsureDatabaseAsync("bench_chained");
        var connectionString = cluster.ConnectionString("bench_chained");
        var log = new LedgerLog(NpgsqlDataSource.Create(connectionString));
        var store = new DocumentStore(MartenSetup.StoreOptionsFor(connectionString, log, sealKey));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();

        var appends = await TimeAppendsAsync(store);
        var catchUp = Stopwatch.StartNew();
        var last = await log.LastSequenceAsync(CancellationToken.None);
        while (await LastChainedAsync(store) < last)
            await Task.Delay(20);
        catchUp.Stop();
        await daemon.StopAllAsync();
        return (appends, catchUp.Elapsed, log, store);
    }

    private static async Task<long> LastChainedAsync(DocumentStore store)
    {
        await using var session = store.QuerySession();
        return (await session.Query<ChainEntry>().OrderByDescending(l => l.Id).FirstOrDefaultAsync())?.Id ?? 0;
    }

    private static async Task<TimeSpan> TimeAppendsAsync(DocumentStore store)
    {
        var provenance = new Provenance("benchmark", null, new SourceDocument("generated"));
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, Transactions, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, token) =>
        {
            await using var session = store.LightweightSession();
            session.Events.StartStream($"bench-{n}", Enumerable.Range(0, EventsPerTransaction)
                .Select(i => (object)new LeadAppointed($"Lead {n}.{i}", "Chief Executive",
                    EffectiveDate.OnDay(new DateOnly(2017, 1, 1).AddDays(i)), provenance)));
            await session.SaveChangesAsync(token);
        });
        return clock.Elapsed;
    }

    private static Stopwatch Time(Func<long> work)
    {
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        return clock;
    }
}
