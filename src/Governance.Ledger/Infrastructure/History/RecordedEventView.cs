using JasperFx.Events;

namespace Governance.Ledger.Infrastructure.History;

/// <summary>One stored event with both clocks and its provenance, as auditors read it.</summary>
public sealed record RecordedEventView(
    long Sequence,
    long Version,
    string Type,
    string? Effective,
    DatePrecision? Precision,
    DateTimeOffset RecordedAt,
    string? RecordedBy,
    string? OnBehalfOf,
    string? Source,
    string? SourceChecksum,
    string? CorrelationId,
    string? CausationId,
    object Data)
{
    public static RecordedEventView Of(IEvent e)
    {
        var ledgerEvent = e.Data as ILedgerEvent;
        return new RecordedEventView(
            e.Sequence, e.Version, e.EventTypeName,
            ledgerEvent?.Effective.ToString(), ledgerEvent?.Effective.Precision,
            e.Timestamp,
            ledgerEvent?.Provenance.RecordedBy ?? e.UserName,
            ledgerEvent?.Provenance.OnBehalfOf,
            ledgerEvent?.Provenance.Source.Reference,
            ledgerEvent?.Provenance.Source.Checksum,
            e.CorrelationId, e.CausationId,
            e.Data);
    }
}
