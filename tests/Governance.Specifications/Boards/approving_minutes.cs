using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>The minutes of the meeting of 1 June 2017, approved (or not) at another meeting.</summary>
public class approving_minutes
{
    private static Meeting Approving(DateOnly date, string bodyId = GivenABody.Id, params IMeetingEvent[] later) =>
        Another("meeting-2", date, bodyId, later);

    private static readonly AttendanceRecorded QuorateInJuly = AllPresent with { Effective = On(2017, 7, 1) };

    [Fact]
    public void minutes_are_approved_at_a_later_quorate_meeting_of_the_same_body() =>
        With().When(minuted => MeetingRules.ApproveMinutes(minuted, Approving(Day(2017, 7, 1), later: QuorateInJuly), Minutes))
            .Then(new MinutesApproved("meeting-2", On(2017, 7, 1), Minutes));

    [Fact]
    public void minutes_are_approved_once() =>
        With(new MinutesApproved("meeting-2", On(2017, 7, 1), Minutes))
            .When(minuted => MeetingRules.ApproveMinutes(minuted, Approving(Day(2017, 8, 1), later: QuorateInJuly), Minutes))
            .ThenRefused("The minutes of this meeting are already approved.");

    [Fact]
    public void minutes_are_not_approved_by_another_body() =>
        With().When(minuted => MeetingRules.ApproveMinutes(minuted, Approving(Day(2017, 7, 1), "body-2", QuorateInJuly), Minutes))
            .ThenRefused("Minutes are approved at a later meeting of the same body.");

    [Fact]
    public void minutes_are_not_approved_at_the_meeting_they_record_nor_earlier() =>
        With().When(minuted => MeetingRules.ApproveMinutes(minuted, Approving(Day(2017, 6, 1), later: AllPresent), Minutes))
            .ThenRefused("Minutes of 2017-06-01 are approved at a later meeting, not one on 2017-06-01.");

    [Fact]
    public void the_approving_meeting_must_have_recorded_who_attended() =>
        With().When(minuted => MeetingRules.ApproveMinutes(minuted, Approving(Day(2017, 7, 1)), Minutes))
            .ThenRefused("The approving meeting must have its attendance recorded and be quorate.");

    [Fact]
    public void an_inquorate_meeting_approves_no_minutes() =>
        With().When(minuted => MeetingRules.ApproveMinutes(minuted,
                Approving(Day(2017, 7, 1), later: Attended(Inquorate, "chair") with { Effective = On(2017, 7, 1) }), Minutes))
            .ThenRefused("The approving meeting must have its attendance recorded and be quorate.");
}
