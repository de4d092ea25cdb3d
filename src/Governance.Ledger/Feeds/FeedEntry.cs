using Governance.Domain.Audit;

namespace Governance.Ledger.Feeds;

/// <summary>One public fact as a feed gives it: what it is, where it belongs, and its place in the audit chain.</summary>
/// <param name="Sequence">The event's sequence in the hash chain.</param>
/// <param name="CoveredBy">The first signed checkpoint whose chain runs through it, once one does.</param>
public sealed record FeedEntry(long Sequence, DateTimeOffset RecordedAt, string Kind, string Title, string Summary, string Link,
    string FootprintId, string? BodyId, Checkpoint? CoveredBy);
