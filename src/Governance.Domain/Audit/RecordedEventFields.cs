using System.Text.Json.Serialization;

namespace Governance.Domain.Audit;

/// <summary>
/// One row of the event log exactly as PostgreSQL writes its columns out as text: every column that Marten reads back,
/// so a change to any of them changes the event's hash. Null stands for SQL NULL. <see cref="RecordedAt"/> is UTC to
/// the microsecond ("2026-11-24T09:30:00.123456Z", or "infinity"/"-infinity"); <see cref="BinaryData"/> is lowercase
/// hex. <see cref="Seal"/> is the ledger's seal of the row (not part of the event's hash; see docs/audit.md).
/// </summary>
public sealed record RecordedEventFields(
    long Sequence,
    string? EventId,
    string? StreamKey,
    long Version,
    string? Type,
    string? TenantId,
    string? DotNetType,
    string? RecordedAt,
    string? RecordedBy,
    string? CorrelationId,
    string? CausationId,
    string? Headers,
    bool? Archived,
    string? Data,
    string? BinaryData,
    string? Seal = null)
{
    /// <summary>The stream under which Marten records a sequence number that a failed transaction consumed.</summary>
    public const string BurnedSequenceStream = "mt_tombstone";

    /// <summary>Marten's placeholder for a sequence number that a failed transaction consumed: not an event.</summary>
    [JsonIgnore]
    public bool IsBurnedPlaceholder => StreamKey == BurnedSequenceStream;
}

/// <summary>What a link of the chain stands for.</summary>
public enum LinkKind
{
    /// <summary>An event that carried the ledger's seal when it was chained.</summary>
    Sealed,

    /// <summary>A row that did not carry a valid seal of the ledger's key when it was chained: not written by the ledger.</summary>
    Unsealed,

    /// <summary>A sequence number that a failed transaction consumed: no event stands there.</summary>
    Burned,
}

/// <summary>One link of the chain: which sequence, what stands there, its event hash (none for a burned sequence), and
/// the chain's hash through it.</summary>
public sealed record ChainLink(long Sequence, LinkKind Kind, string? EventHash, string ChainHash);
