namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>Marks that the reference history was imported, from which data, as how many events.</summary>
public sealed record ReferenceHistoryImported(
    string DataChecksum, int Streams, int Events, EffectiveDate Effective, Provenance Provenance) : ILedgerEvent
{
    public const string StreamKey = "import:reference-history";
}
