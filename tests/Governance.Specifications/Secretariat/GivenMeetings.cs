using Governance.Domain.Boards;
using Governance.Specifications.Boards;

namespace Governance.Specifications.Secretariat;

/// <summary>Meetings of the body <see cref="GivenABody"/> describes, as the secretariat's records are judged against
/// them: who attended, what was on the agenda, what was resolved.</summary>
public static class GivenMeetings
{
    public static Meeting Held(string id, DateOnly date, params IMeetingEvent[] later) =>
        GivenAMeeting.Another(id, date, GivenABody.Id, later);

    public static Meeting OfAnotherBody(string id, DateOnly date, params IMeetingEvent[] later) =>
        GivenAMeeting.Another(id, date, "body-2", later);

    public static AttendanceRecorded Quorate(DateOnly date) => GivenAMeeting.AllPresent with { Effective = EffectiveDate.OnDay(date) };

    public static AttendanceRecorded Inquorate(DateOnly date) =>
        GivenAMeeting.Attended(GivenAMeeting.Inquorate, "chair") with { Effective = EffectiveDate.OnDay(date) };

    public static AttendanceRecorded Present(DateOnly date, params IReadOnlyList<string> present) =>
        GivenAMeeting.Attended(GivenAMeeting.Quorate, present) with { Effective = EffectiveDate.OnDay(date) };

    /// <summary>Passed by all three voting seats, or rejected by two of them; deferred or noted without votes.</summary>
    public static ResolutionRecorded Resolved(string number, string item, DateOnly date,
        ResolutionOutcome outcome = ResolutionOutcome.Passed) =>
        GivenAMeeting.Recorded(new ResolutionDraft(number, item, $"The board resolves on {item}.", null, outcome switch
        {
            ResolutionOutcome.Passed => GivenAMeeting.Cast(["chair", "council", "trust"]),
            ResolutionOutcome.Rejected => GivenAMeeting.Cast(["chair"], ["council", "trust"]),
            _ => Votes.None,
        }, [], outcome, Rescinds: null), EffectiveDate.OnDay(date));
}
