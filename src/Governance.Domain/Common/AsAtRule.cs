namespace Governance.Domain.Common;

/// <summary>A fact as the log holds it: where in the log (its sequence) and when it was recorded.</summary>
public readonly record struct Logged(ILedgerEvent? Fact, long Sequence, DateTimeOffset RecordedAt);

/// <summary>
/// The one rule every read "as at" a date follows, for the facts of one record (a stream):
/// <list type="number">
/// <item>Known: a fact counts once it was recorded by <c>knownAt</c> (and, for a read cut at a signed checkpoint, at or
/// before its sequence). A read as known before a fact was recorded never sees it.</item>
/// <item>Corrected: every correction known by then (<see cref="IRedatesRecord"/>) moves the facts dated on the wrong
/// date to the right one, whatever date the read is as at: a correction puts the record right on the knowledge axis.</item>
/// <item>In effect: a fact counts once its date, as corrected, is on or before <c>asOf</c>. A fact with no date is in
/// effect on no date.</item>
/// <item>Ordered as recorded: the facts counted are folded in the order the log holds them, so a fact recorded later
/// that takes effect earlier joins every read as at its date known after its recording, after the facts recorded
/// before it.</item>
/// </list>
/// A strike-out (<see cref="IStrikesOutRecord"/>) is a fact like any other, dated on the struck-out record's date so that
/// it reaches every read the record reached; the record's fold ends at it, so as known after it the record is gone.
/// </summary>
public static class AsAtRule
{
    public static IReadOnlyList<T> Counted<T>(IEnumerable<T> record, Func<T, Logged> logged, DateOnly asOf,
        DateTimeOffset? knownAt, long? throughSequence = null)
    {
        var known = record.Where(e => logged(e) is var l && (knownAt is null || l.RecordedAt <= knownAt) &&
                                      (throughSequence is null || l.Sequence <= throughSequence))
            .OrderBy(e => logged(e).Sequence)
            .ToList();
        var corrections = known.Select(e => logged(e).Fact).OfType<IRedatesRecord>().ToList();
        return known.Where(e => logged(e).Fact is { Effective: var effective } && effective.IsDated() &&
                                CorrectedDate(effective.Date, corrections) <= asOf).ToList();
    }

    private static DateOnly CorrectedDate(DateOnly date, IEnumerable<IRedatesRecord> corrections) =>
        corrections.Aggregate(date, (d, c) => d == c.WasRecorded ? c.Correct : d);
}
