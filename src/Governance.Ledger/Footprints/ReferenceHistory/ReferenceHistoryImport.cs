using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>Imports the sourced reference history, once.</summary>
public static class ReferenceHistoryImport
{
    public const string Name = "reference-history";

    public static Task<ImportOutcome> RunAsync(IDocumentStore store, ReferenceDataSet data, TimeProvider clock,
        CancellationToken cancellation) =>
        OneTimeImport.RunAsync(store,
            new ImportBatch(Name, data.Checksum, "ReferenceData/ (sourced CSV files shipped with the ledger)",
                ReferenceHistoryPlan.From(data)),
            ReferenceHistoryPlan.RecordedBy, clock, cancellation);
}
