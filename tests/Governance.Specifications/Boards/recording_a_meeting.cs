using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>Scheduling a meeting, who attended it and whether it could decide, interests declared at it.</summary>
public class recording_a_meeting
{
    [Fact]
    public void a_meeting_is_scheduled_on_a_day_the_body_sits() =>
        GivenABody.With().When(body => MeetingRules.Schedule(body, Day(2017, 6, 1), isPublic: true, "Board meeting", Minutes))
            .Then(Scheduled);

    [Fact]
    public void no_meeting_is_scheduled_before_the_body_was_constituted() =>
        GivenABody.With().When(body => MeetingRules.Schedule(body, Day(2017, 3, 1), isPublic: false, null, Minutes))
            .ThenRefused("Leeds Partnership Board was constituted on 2017-04-01; it could not meet or decide on 2017-03-01.");

    [Fact]
    public void no_meeting_is_scheduled_once_the_body_is_dissolved() =>
        GivenABody.With(GivenABody.Dissolved(2019, 3, 31))
            .When(body => MeetingRules.Schedule(body, Day(2019, 4, 1), isPublic: true, null, Minutes))
            .ThenRefused("Leeds Partnership Board was dissolved on 2019-03-31; it could not meet or decide on 2019-04-01.");

    [Fact]
    public void a_scheduled_meeting_is_of_its_body_on_its_day_public_or_not_and_nothing_is_yet_recorded_at_it()
    {
        var meeting = Meeting();
        (meeting.BodyId, meeting.Date, meeting.Public, meeting.Title).ShouldBe((GivenABody.Id, Day(2017, 6, 1), true, "Board meeting"));
        meeting.Attendance.ShouldBeNull();
        meeting.Interests.ShouldBeEmpty();
        meeting.Resolutions.ShouldBeEmpty();
        meeting.MinutesApproval.ShouldBeNull();
    }

    [Fact]
    public void a_meeting_is_quorate_when_the_voting_seats_present_make_the_quorum() =>
        MeetingRules.JudgeQuoracy(Body, Day(2017, 6, 1), ["chair", "council", "region"])
            .ShouldBe(new Quoracy(true, "Quorate: 2 of 3 voting seats present; the quorum is 2."));

    [Fact]
    public void a_seat_without_a_vote_does_not_count_towards_the_quorum_and_a_seat_counts_once() =>
        MeetingRules.JudgeQuoracy(Body, Day(2017, 6, 1), ["chair", "chair", "region"])
            .ShouldBe(new Quoracy(false, "Inquorate: 1 of 3 voting seats present; the quorum is 2."));

    [Fact]
    public void quoracy_is_judged_by_the_terms_and_seats_in_force_on_the_day_of_the_meeting()
    {
        var body = GivenABody.Body(GivenABody.Revised(new TermsOfReference(3, VotingRule.SimpleMajority), 2018, 1, 1),
            GivenABody.Created(new Seat("ics", "ICS Lead", null, Votes: true), 2018, 1, 1));

        MeetingRules.JudgeQuoracy(body, Day(2017, 12, 31), ["chair", "council"])
            .ShouldBe(new Quoracy(true, "Quorate: 2 of 3 voting seats present; the quorum is 2."));
        MeetingRules.JudgeQuoracy(body, Day(2018, 1, 1), ["chair", "council"])
            .ShouldBe(new Quoracy(false, "Inquorate: 2 of 4 voting seats present; the quorum is 3."));
    }

    [Fact]
    public void attendance_is_recorded_once_per_seat_with_whether_the_meeting_was_quorate() =>
        With().When(meeting => MeetingRules.RecordAttendance(Body, meeting, ["chair", "council", "chair"], ["trust", "trust"],
                Minutes))
            .Then(new AttendanceRecorded(new List<string> { "chair", "council" }, new List<string> { "trust" },
                new Quoracy(true, "Quorate: 2 of 3 voting seats present; the quorum is 2."), MeetingDay, Minutes));

    [Fact]
    public void attendance_is_recorded_once() =>
        With(AllPresent).When(meeting => MeetingRules.RecordAttendance(Body, meeting, ["chair"], [], Minutes))
            .ThenRefused("Attendance at this meeting is already recorded.");

    [Fact]
    public void only_seats_of_the_body_attend_or_send_apologies() =>
        With().When(meeting => MeetingRules.RecordAttendance(Body, meeting, ["chair", "mayor"], ["bishop", "mayor"], Minutes))
            .ThenRefused("mayor, bishop held no seat on Leeds Partnership Board on 2017-06-01.");

    [Fact]
    public void a_seat_withdrawn_before_the_meeting_does_not_attend_it() =>
        With().When(meeting => MeetingRules.RecordAttendance(GivenABody.Body(GivenABody.Withdrawn("region", 2017, 5, 1)),
                meeting, ["chair", "region"], [], Minutes))
            .ThenRefused("region held no seat on Leeds Partnership Board on 2017-06-01.");

    [Fact]
    public void a_seat_is_not_both_present_and_sending_apologies() =>
        With().When(meeting => MeetingRules.RecordAttendance(Body, meeting, ["chair", "council"], ["council"], Minutes))
            .ThenRefused("council cannot be both present and sending apologies.");

    [Fact]
    public void an_interest_is_declared_by_a_seat_of_the_body_on_the_meeting_day() =>
        With().When(meeting => MeetingRules.DeclareInterest(Body, meeting, "trust", " Finance report ",
                " Director of a bidder. ", Minutes))
            .Then(Interest("trust", "Finance report"));

    [Fact]
    public void only_a_seat_of_the_body_declares_an_interest() =>
        With().When(meeting => MeetingRules.DeclareInterest(Body, meeting, "mayor", "Finance report", "Owns a bidder.", Minutes))
            .ThenRefused("mayor held no seat on Leeds Partnership Board on 2017-06-01.");

    [Fact]
    public void a_meeting_is_scheduled_once_and_a_second_scheduling_changes_nothing()
    {
        var meeting = Meeting(AllPresent);
        meeting.After(Scheduled with { Title = "Another meeting" }).ShouldBeSameAs(meeting);
    }
}
