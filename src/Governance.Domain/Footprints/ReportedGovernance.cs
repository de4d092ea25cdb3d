namespace Governance.Domain.Footprints;

/// <summary>Someone the sources report holding a post on a date, from the latest report that changed it.</summary>
public sealed record ReportedLeader(string Person, string Role, LeadershipChange Change, string Since, string Source);

/// <summary>What the published sources report of a footprint's leaders, chairs and arrangements by a date, as the
/// ledger knew it at a moment; reports the sources give no date for are kept apart, in <see cref="UndatedLeadership"/>
/// and <see cref="UndatedArrangements"/>, never placed on a date.</summary>
public sealed record ReportedGovernance(
    string FootprintId,
    DateOnly AsOf,
    IReadOnlyList<ReportedLeader> Leaders,
    IReadOnlyList<LeadershipChangeReported> Leadership,
    IReadOnlyList<ArrangementReported> Arrangements,
    IReadOnlyList<LeadershipChangeReported> UndatedLeadership,
    IReadOnlyList<ArrangementReported> UndatedArrangements)
{
    public static ReportedGovernance On(FootprintTimeline timeline, DateOnly asOf, DateTimeOffset? knownAt = null)
    {
        var known = timeline.Events.Where(e => knownAt is null || e.RecordedAt <= knownAt)
            .Where(e => e.Event is LeadershipChangeReported or ArrangementReported).ToList();
        var dated = known.Where(e => e.Event.Effective.IsDated() && e.Event.Effective.Date <= asOf)
            .OrderBy(e => e.Event.Effective.Date).ThenBy(e => e.Sequence).Select(e => e.Event).ToList();
        var leadership = dated.OfType<LeadershipChangeReported>().ToList();

        // Announcements and recommendations change nobody's post: a person's post is what the last report that
        // started or ended it says.
        var leaders = leadership.Where(r => r.HoldsPost || r.Change == LeadershipChange.Left)
            .GroupBy(r => r.Person).Select(g => g.Last()).Where(r => r.HoldsPost)
            .Select(r => new ReportedLeader(r.Person, r.Role, r.Change, r.Effective.ToString(), r.Provenance.Source.Reference))
            .ToList();
        return new ReportedGovernance(timeline.Id, asOf, leaders, leadership, dated.OfType<ArrangementReported>().ToList(),
            Undated<LeadershipChangeReported>(known), Undated<ArrangementReported>(known));
    }

    private static IReadOnlyList<T> Undated<T>(IEnumerable<RecordedFootprintEvent> known) where T : IFootprintEvent =>
        known.Select(e => e.Event).OfType<T>().Where(e => !e.Effective.IsDated()).ToList();
}
