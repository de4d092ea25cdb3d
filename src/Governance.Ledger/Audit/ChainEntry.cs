using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>A stored link of the hash chain; its id is the sequence number it accounts for.</summary>
public sealed record ChainEntry(long Id, LinkKind Kind, string? StreamKey, string? EventHash, string ChainHash);

/// <summary>A signed checkpoint kept in the ledger; auditors keep their own copies outside it.</summary>
public sealed record StoredCheckpoint(long Id, Checkpoint Checkpoint);
