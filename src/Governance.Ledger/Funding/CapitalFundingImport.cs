using Governance.Domain.Funding;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Funding;

/// <summary>National capital funding decisions 2017-2018 as the sources report them, imported once from
/// <c>ReferenceData/capital_awards.csv</c>: every row, in its own words (amounts and statuses as stated, since the sources
/// disagree on many), with its date's precision, its source and its notes.</summary>
public static class CapitalFundingImport
{
    public const string Name = "capital-awards";
    public const string Stream = "funding:national-capital";
    public const string File = "capital_awards.csv";

    public static Task<ImportOutcome> RunAsync(IDocumentStore store, string folder, FootprintIdentities identities,
        TimeProvider clock, CancellationToken cancellation) =>
        SourcedFiles.ImportAsync(store, Name, Stream, folder, [File], files => Events(files[0], identities), clock, cancellation);

    public static IReadOnlyList<ILedgerEvent> Events(IReadOnlyList<CsvRow> rows, FootprintIdentities identities) =>
        rows.Select(r => (ILedgerEvent)new CapitalFundingReported(r["wave"],
            r["footprint_codes"] is "national" or "" ? null : identities[r["footprint_codes"]], r["footprint_name_in_source"],
            r["scheme"], r["amount"], r["status"], r["notes"], SourcedFiles.Dated(r["date"], r["precision"], File),
            SourcedFiles.Cited(r["source"]))).ToList();
}
