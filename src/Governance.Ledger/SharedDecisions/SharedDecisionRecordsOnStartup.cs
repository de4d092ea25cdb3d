namespace Governance.Ledger.SharedDecisions;

/// <summary>The shared decisions' stored records came after the first decisions were recorded: a ledger that has
/// decisions without records (one from before them) has them rebuilt from the events at startup, by Marten's daemon.</summary>
public sealed class SharedDecisionRecordsOnStartup(IDocumentStore store, ILogger<SharedDecisionRecordsOnStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var decisions = await session.Query<SharedDecisionListing>().CountAsync(cancellationToken);
        var records = await session.Query<SharedDecisionRecord>().CountAsync(cancellationToken);
        if (records >= decisions) return;

        logger.LogInformation("Rebuilding the records of {Count} shared decisions from their events", decisions - records);
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<SharedDecisionRecordProjection>(TimeSpan.FromMinutes(10), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
