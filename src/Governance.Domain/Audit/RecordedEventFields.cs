namespace Governance.Domain.Audit;

/// <summary>
/// The fields of a stored event that its hash commits to, exactly as the event store holds them: the recorded time
/// as UTC to the microsecond ("2026-11-24T09:30:00.123456Z"), and the data as PostgreSQL writes its jsonb value out.
/// The effective date and provenance are inside the data.
/// </summary>
public sealed record RecordedEventFields(
    long Sequence,
    string StreamKey,
    long Version,
    string Type,
    string RecordedAt,
    string? RecordedBy,
    string? CorrelationId,
    string? CausationId,
    string Data);

/// <summary>One link of the chain: an event's hash, and the chain's hash through it.</summary>
public sealed record ChainLink(long Sequence, string EventHash, string ChainHash);
