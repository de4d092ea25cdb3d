using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>A signed checkpoint kept in the ledger; auditors keep their own copies outside it.</summary>
public sealed record StoredCheckpoint(long Id, Checkpoint Checkpoint);
