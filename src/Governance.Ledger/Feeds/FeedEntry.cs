using Governance.Domain.Audit;

namespace Governance.Ledger.Feeds;

/// <summary>One public fact as a feed gives it: what it is, where it belongs, and its place in the audit chain.</summary>
/// <param name="Sequence">The event's sequence in the hash chain.</param>
/// <param name="CoveredBy">The first signed checkpoint whose chain runs through it, once one does.</param>
/// <param name="Decided">The day the fact happened (the meeting, the approval, the opening, the publication): an Atom
/// entry's <c>published</c>; its <c>updated</c> is when the ledger recorded it.</param>
public sealed record FeedEntry(long Sequence, DateTimeOffset RecordedAt, DateOnly Decided, string Kind, string Title, string Summary, string Link,
    string FootprintId, string? BodyId, Checkpoint? CoveredBy);
