namespace Governance.Domain.Common;

/// <summary>Every event the ledger stores says when it took effect and where it came from.</summary>
public interface ILedgerEvent
{
    EffectiveDate Effective { get; }

    Provenance Provenance { get; }
}
