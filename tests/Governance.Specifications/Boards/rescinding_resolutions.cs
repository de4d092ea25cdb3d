using Governance.Domain.Boards;
using static Governance.Specifications.Boards.GivenAMeeting;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Boards;

/// <summary>Resolution 2017/2 of 1 June 2017 rescinds resolution 2017/1, passed at the meeting of 1 May 2017.</summary>
public class rescinding_resolutions
{
    private static readonly ResolutionRef Earlier = new("meeting-0", "2017/1");

    private static readonly ResolutionDraft Rescinding = CarriedByAll with
    {
        Number = "2017/2", Item = "Rescission of 2017/1", Text = "Resolution 2017/1 is rescinded.", Rescinds = Earlier,
    };

    private static RescissionTarget Target(ResolutionDraft earlier, string bodyId = GivenABody.Id, int day = 1, int month = 5,
        params IMeetingEvent[] after)
    {
        var meeting = Another("meeting-0", Day(2017, month, day), bodyId,
            [AllPresent, Recorded(earlier, On(2017, month, day)), ..after]);
        return new RescissionTarget(meeting, meeting.Find(earlier.Number)!);
    }

    private static Decision<ResolutionRecorded> Record(Meeting meeting, RescissionTarget? target, ResolutionDraft? draft = null) =>
        MeetingRules.RecordResolution(Body, meeting, draft ?? Rescinding, numberUsedAt: null, target, Minutes);

    [Fact]
    public void a_resolution_rescinds_an_earlier_one_of_its_body_that_passed() =>
        With(AllPresent).When(meeting => Record(meeting, Target(CarriedByAll))).Then(Recorded(Rescinding));

    [Fact]
    public void only_a_resolution_the_ledger_has_is_rescinded() =>
        With(AllPresent).When(meeting => Record(meeting, target: null))
            .ThenRefused("There is no resolution 2017/1 at meeting meeting-0 to rescind.");

    [Fact]
    public void a_body_rescinds_only_its_own_resolutions_and_another_bodys_are_answered_as_absent() =>
        With(AllPresent).When(meeting => Record(meeting, Target(CarriedByAll, bodyId: "body-2")))
            .ThenRefused("There is no resolution 2017/1 at meeting meeting-0 to rescind.");

    [Fact]
    public void only_an_earlier_resolution_is_rescinded() =>
        With(AllPresent).When(meeting => Record(meeting, Target(CarriedByAll, month: 6)))
            .ThenRefused("Resolution 2017/1 is not earlier than this meeting; only an earlier resolution can be rescinded.");

    [Fact]
    public void a_resolution_that_did_not_pass_is_not_rescinded() =>
        With(AllPresent).When(meeting => Record(meeting,
                Target(Motion(Cast(["chair"], ["council", "trust"]), ResolutionOutcome.Rejected))))
            .ThenRefused("Resolution 2017/1 did not pass, so there is nothing to rescind.");

    [Fact]
    public void a_resolution_is_rescinded_once() =>
        With(AllPresent).When(meeting => Record(meeting, Target(CarriedByAll,
                after: new ResolutionRescinded("2017/1", new ResolutionRef("meeting-1", "2017/5"), On(2017, 5, 20), Minutes))))
            .ThenRefused("Resolution 2017/1 was already rescinded by 2017/5.");

    [Fact]
    public void a_passed_rescission_rescinds_its_target_in_the_target_meetings_stream() =>
        MeetingRules.RescissionBy(Recorded(Rescinding), "meeting-1")
            .ShouldBe(new ResolutionRescinded("2017/1", new ResolutionRef("meeting-1", "2017/2"), MeetingDay, Minutes));

    [Fact]
    public void a_motion_to_rescind_that_was_rejected_is_recorded_and_rescinds_nothing()
    {
        var rejected = Rescinding with { Votes = Cast(["chair"], ["council", "trust"]), Outcome = ResolutionOutcome.Rejected };

        With(AllPresent).When(meeting => Record(meeting, Target(CarriedByAll), rejected)).Then(Recorded(rejected));
        MeetingRules.RescissionBy(Recorded(rejected), "meeting-1").ShouldBeNull();
    }

    [Fact]
    public void a_resolution_that_names_no_target_rescinds_nothing() =>
        MeetingRules.RescissionBy(Recorded(CarriedByAll), "meeting-1").ShouldBeNull();

    [Fact]
    public void a_rescission_is_linked_to_the_resolution_it_rescinds_and_to_no_other()
    {
        var rescission = new ResolutionRescinded("2017/1", new ResolutionRef("meeting-1", "2017/5"), On(2017, 7, 1), Minutes);
        var meeting = Meeting(AllPresent, Recorded(CarriedByAll), Recorded(CarriedByAll with { Number = "2017/2" }), rescission);

        meeting.Find("2017/1")!.Rescinded.ShouldBe(rescission);
        meeting.Find("2017/2")!.Rescinded.ShouldBeNull();
    }
}
