namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>Imports the reference history when the app starts, unless Governance:ImportReferenceHistory is false.</summary>
public sealed class ReferenceHistoryOnStartup(
    IDocumentStore store, IConfiguration configuration, TimeProvider clock, ILogger<ReferenceHistoryOnStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Governance:ImportReferenceHistory", defaultValue: true)) return;

        var outcome = await ReferenceHistoryImport.RunAsync(
            store, ReferenceDataSet.Load(ReferenceDataSet.DefaultFolder), clock, cancellationToken);
        if (outcome == ImportOutcome.AlreadyImportedFromOtherData)
        {
            logger.LogWarning("The reference history was imported earlier from other reference files; " +
                              "the ledger keeps what it recorded then and imports nothing now");
        }
        else
        {
            logger.LogInformation("Reference history: {Outcome}", outcome);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
