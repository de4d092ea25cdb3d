using Governance.Ledger.Assessments;
using Governance.Ledger.Funding;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Plans;
using Governance.Ledger.ServiceChanges;

namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>Imports the reference history when the app starts, unless Governance:ImportReferenceHistory is false, then
/// the national rules for service change, the July 2017 progress dashboard, the national capital funding decisions and
/// the sourced leaders and arrangements,
/// and then the illustrative plans, unless Governance:LoadIllustrativePlans is false. Each import happens once.</summary>
public sealed class ReferenceHistoryOnStartup(
    IDocumentStore store, IConfiguration configuration, TimeProvider clock, ILogger<ReferenceHistoryOnStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Governance:ImportReferenceHistory", defaultValue: true)) return;

        var data = ReferenceDataSet.Load(ReferenceDataSet.DefaultFolder);
        var outcome = await ReferenceHistoryImport.RunAsync(store, data, clock, cancellationToken);
        if (outcome == ImportOutcome.AlreadyImportedFromOtherData)
        {
            logger.LogWarning("The reference history was imported earlier from other reference files; " +
                              "the ledger keeps what it recorded then and imports nothing now");
        }
        else
        {
            logger.LogInformation("Reference history: {Outcome}", outcome);
        }

        logger.LogInformation("Service-change rules: {Outcome}",
            await AssuranceRulesImport.RunAsync(store, ReferenceDataSet.DefaultFolder, clock, cancellationToken));
        var identities = FootprintIdentities.From(data);
        logger.LogInformation("Progress dashboard 2017: {Outcome}", await AssessmentsImport.RunAsync(store,
            ReferenceDataSet.DefaultFolder, identities, clock, cancellationToken));
        logger.LogInformation("Capital funding decisions: {Outcome}", await CapitalFundingImport.RunAsync(store,
            ReferenceDataSet.DefaultFolder, identities, clock, cancellationToken));
        logger.LogInformation("Sourced leaders and arrangements: {Outcome}", await SourcedGovernanceImport.RunAsync(store,
            ReferenceDataSet.DefaultFolder, identities, clock, cancellationToken));

        if (configuration.GetValue("Governance:LoadIllustrativePlans", defaultValue: true))
        {
            var plans = await OneTimeImport.RunAsync(store, IllustrativePlans.From(data), IllustrativePlans.RecordedBy,
                clock, cancellationToken);
            logger.LogInformation("Illustrative plans: {Outcome}", plans);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
