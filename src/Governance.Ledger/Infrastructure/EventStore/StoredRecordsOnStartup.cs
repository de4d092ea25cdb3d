using Governance.Ledger.Plans;
using Governance.Ledger.SharedDecisions;

namespace Governance.Ledger.Infrastructure.EventStore;

/// <summary>
/// Some stored records came after the first events they follow (the shared decisions' records, the plans' versions):
/// a ledger that has decisions or plans without them, one from before they existed, has them rebuilt from the events
/// at startup by Marten's daemon, before it answers requests.
/// </summary>
public sealed class StoredRecordsOnStartup(IDocumentStore store, ILogger<StoredRecordsOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        if (await session.Query<SharedDecisionRecord>().CountAsync(cancellationToken) <
            await session.Query<SharedDecisionListing>().CountAsync(cancellationToken))
            await RebuildAsync(nameof(SharedDecisionRecord), cancellationToken);
        // Every plan has a header and at least its version as drafted.
        var plans = await session.Query<PlanListing>().CountAsync(cancellationToken);
        if (await session.Query<PlanRecord>().CountAsync(cancellationToken) < plans
            || await session.Query<PlanVersionRecord>().Where(v => v.Number == 0 && v.KnownUntil == null).CountAsync(cancellationToken) < plans)
            await RebuildAsync(PlanRecordsRegistration.ProjectionName, cancellationToken);
    }

    private async Task RebuildAsync(string projection, CancellationToken cancellation)
    {
        logger.LogInformation("Rebuilding {Projection} from the events: the ledger has records from before it", projection);
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(10), cancellation);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
