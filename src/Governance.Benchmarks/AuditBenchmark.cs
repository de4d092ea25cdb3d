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
        var sealKey = SealKey.Ephemeral();
        // Two rounds in opposite orders, the best of each kept: what one run leaves the database doing (vacuum,
        // checkpoints) then weighs on every kind alike.
        TimeSpan bare = TimeSpan.MaxValue, withoutChain = TimeSpan.MaxValue, withChain = TimeSpan.MaxValue, catchUp = default;
        (LedgerLog Log, DocumentStore Store)? chained = null;
        for (var round = 0; round < 2; round++)
        {
            foreach (var kind in round == 0 ? new[] { 0, 1, 2 } : [2, 1, 0])
            {
                var database = $"bench_{kind}_{round}";
                if (kind == 0) bare = Min(bare, await AppendAsync(cluster, database, audit: null));
                if (kind == 1) withoutChain = Min(withoutChain, await AppendAsync(cluster, database, sealKey));
                if (kind != 2) continue;
                var (appends, caughtUp, log, store) = await AppendWithChainAsync(cluster, database, sealKey);
                (withChain, catchUp) = appends < withChain ? (appends, caughtUp) : (withChain, catchUp);
                chained?.Store.Dispose();
                chained = (log, store);
            }
        }

        var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        VerificationReport? report = null;
        TimeSpan read = TimeSpan.MaxValue, verify = TimeSpan.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            read = Min(read, Time(() => chained!.Value.Log.Read().Count()).Elapsed);
            verify = Min(verify, Time(() => (report = ChainVerifier.Verify(new VerificationInput(chained!.Value.Log.Read(),
                chained.Value.Log.ReadLinks(), [], key, CompleteLog: true, sealKey.Secret))).Chained).Elapsed);
        }

        chained!.Value.Store.Dispose();

        var events = Transactions * EventsPerTransaction;
        output.WriteLine($"events appended per run: {events:N0} ({Transactions:N0} transactions of {EventsPerTransaction})");
        output.WriteLine($"append, bare Marten:         {events / bare.TotalSeconds,10:N0} events/s");
        output.WriteLine($"append, sealed, no chain:    {events / withoutChain.TotalSeconds,10:N0} events/s  ratio {bare / withoutChain:P0} of bare Marten's rate");
        output.WriteLine($"append, sealed, chained:     {events / withChain.TotalSeconds,10:N0} events/s  ratio {withoutChain / withChain:P0} of the rate without the chain, {bare / withChain:P0} of bare Marten's");
        output.WriteLine($"chain caught up after the last append in {catchUp.TotalMilliseconds:N0} ms");
        output.WriteLine($"plain sequential read:       {events / read.TotalSeconds,10:N0} events/s");
        output.WriteLine($"verify (recompute + check):  {events / verify.TotalSeconds,10:N0} events/s  ratio {read / verify:P0} of the read's rate; intact: {report!.Intact}");
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
        PostgresCluster cluster, string database, SealKey sealKey)
    {
        await cluster.EnsureDatabaseAsync(database);
        var connectionString = cluster.ConnectionString(database);
        var log = new LedgerLog(NpgsqlDataSource.Create(connectionString));
        var store = new DocumentStore(MartenSetup.StoreOptionsFor(connectionString, log, sealKey));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();

        var appends = await TimeAppendsAsync(store);
        var catchUp = Stopwatch.StartNew();
        var last = await log.LastSequenceAsync(CancellationToken.None);
        while (await LastChainedAsync(log) < last)
            await Task.Delay(20);
        catchUp.Stop();
        await daemon.StopAllAsync();
        return (appends, catchUp.Elapsed, log, store);
    }

    private static async Task<long> LastChainedAsync(LedgerLog log) =>
        (await log.LinkAsync(null, CancellationToken.None))?.Sequence ?? 0;

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

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static Stopwatch Time(Func<long> work)
    {
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        return clock;
    }
}
