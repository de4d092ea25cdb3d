using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenChairsActions;
using static Governance.Specifications.Secretariat.GivenMeetings;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>Chair's action CA1 of 10 July 2017 reported to and ratified by resolution 2017/9 of the meeting of
/// 1 September, judged against the body's other meetings: 1 June, 10 July and 1 August.</summary>
public class ratifying_chairs_action
{
    private static readonly DateOnly September = Day(2017, 9, 1);

    private static readonly MeetingHeld InJune = new("meeting-6", Day(2017, 6, 1), true), OnTheDay = new("meeting-7", TakenOn, true),
        InAugust = new("meeting-8", Day(2017, 8, 1), false), InSeptember = new("meeting-9", September, true);

    private static Meeting Ratifying(ResolutionOutcome outcome = ResolutionOutcome.Passed, AttendanceRecorded? attendance = null) =>
        Held("meeting-9", September, attendance ?? Quorate(September), Resolved("2017/9", "Chair's action CA1", September, outcome));

    private static Decision<ChairsActionRatified> Ratify(ChairsActions taken, Meeting meeting, params IReadOnlyList<MeetingHeld> held) =>
        taken.Ratify("CA1", meeting, meeting.Find("2017/9")!, held, Minutes);

    [Fact]
    public void a_passed_resolution_of_the_next_quorate_meeting_of_its_body_ratifies_it() =>
        With().When(taken => Ratify(taken, Ratifying(), InJune, InAugust, InSeptember))
            .Then(Ratified("meeting-9", "2017/9", atNext: true, September));

    [Fact]
    public void a_meeting_on_the_day_the_action_was_taken_is_not_the_next_one_after_it() =>
        With().When(taken => Ratify(taken, Ratifying(), OnTheDay, InSeptember))
            .Then(Ratified("meeting-9", "2017/9", atNext: true, September));

    [Fact]
    public void ratified_after_a_quorate_meeting_came_and_went_without_it_it_is_ratified_but_not_at_the_next_quorate_meeting() =>
        With().When(taken => Ratify(taken, Ratifying(), InJune, InAugust with { Quorate = true }, InSeptember))
            .Then(Ratified("meeting-9", "2017/9", atNext: false, September));

    [Fact]
    public void with_no_meetings_of_the_body_on_record_the_ratifying_meeting_is_taken_as_the_next() =>
        With().When(taken => Ratify(taken, Ratifying())).Then(Ratified("meeting-9", "2017/9", atNext: true, September));

    [Fact]
    public void only_a_recorded_action_is_ratified()
    {
        var meeting = Ratifying();
        With().When(taken => taken.Ratify("CA9", meeting, meeting.Find("2017/9")!, [InSeptember], Minutes))
            .ThenRefused("No chair's action CA9 is recorded.");
    }

    [Fact]
    public void an_action_is_ratified_once() =>
        With(Ratified("meeting-9", "2017/9", atNext: true, September)).When(taken => Ratify(taken, Ratifying(), InSeptember))
            .ThenRefused("Chair's action CA1 was ratified by resolution 2017/9.");

    [Fact]
    public void a_meeting_of_another_body_does_not_ratify_it()
    {
        var meeting = OfAnotherBody("meeting-9", September, Quorate(September), Resolved("2017/9", "Chair's action CA1", September));
        With().When(taken => Ratify(taken, meeting, InSeptember)).ThenRefused("A chair's action is ratified by a meeting of its own body.");
    }

    [Fact]
    public void a_meeting_on_the_day_the_action_was_taken_does_not_ratify_it()
    {
        var meeting = Held("meeting-7", TakenOn, Quorate(TakenOn), Resolved("2017/9", "Chair's action CA1", TakenOn));
        With().When(taken => Ratify(taken, meeting, OnTheDay))
            .ThenRefused("Chair's action CA1 was taken on 2017-07-10; it is ratified at a meeting after it.");
    }

    [Fact]
    public void a_meeting_before_the_action_was_taken_does_not_ratify_it()
    {
        var meeting = Held("meeting-6", Day(2017, 6, 1), Quorate(Day(2017, 6, 1)), Resolved("2017/9", "Chair's action CA1", Day(2017, 6, 1)));
        With().When(taken => Ratify(taken, meeting, InJune))
            .ThenRefused("Chair's action CA1 was taken on 2017-07-10; it is ratified at a meeting after it.");
    }

    [Fact]
    public void an_inquorate_meeting_does_not_ratify_it() =>
        With().When(taken => Ratify(taken, Ratifying(attendance: Inquorate(September)), InSeptember with { Quorate = false }))
            .ThenRefused("Only a quorate meeting ratifies a chair's action.");

    [Fact]
    public void a_meeting_whose_attendance_is_not_recorded_does_not_ratify_it()
    {
        var meeting = Held("meeting-9", September, Resolved("2017/9", "Chair's action CA1", September));
        With().When(taken => Ratify(taken, meeting, InSeptember)).ThenRefused("Only a quorate meeting ratifies a chair's action.");
    }

    [Theory]
    [InlineData(ResolutionOutcome.Rejected)]
    [InlineData(ResolutionOutcome.Noted)]
    public void a_resolution_that_did_not_pass_ratifies_nothing(ResolutionOutcome outcome) =>
        With().When(taken => Ratify(taken, Ratifying(outcome), InSeptember)).ThenRefused("Resolution 2017/9 did not pass; it ratifies nothing.");
}
