namespace Governance.Ledger.Audit;

/// <summary>A stored link of the hash chain; its id is the event's global sequence number.</summary>
public sealed record ChainEntry(long Id, string StreamKey, string EventHash, string ChainHash);

/// <summary>A signed checkpoint kept in the ledger; auditors keep their own copies outside it.</summary>
public sealed record StoredCheckpoint(long Id, Governance.Domain.Audit.Checkpoint Checkpoint);
