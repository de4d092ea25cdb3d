using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenChairsActions;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>What a body's chair's actions add up to: each as taken, and its ratification once recorded.</summary>
public class a_chairs_actions_record
{
    private sealed record AnEventNotYetKnown(EffectiveDate Effective, Provenance Provenance) : IChairsActionEvent;

    [Fact]
    public void an_action_is_kept_as_taken_and_not_yet_ratified()
    {
        var record = Record();
        (record.Id, record.BodyId).ShouldBe(("stream-1", BodyId));
        var action = record.Actions.Single();
        (action.Id, action.Decision, action.Reasons, action.TakenOn, action.Ratification)
            .ShouldBe(("CA1", Bid, Urgency, TakenOn, (ChairsActionRatified?)null));
        action.TakenBy.ShouldBe(["chair"]);
    }

    [Fact]
    public void a_ratification_is_kept_with_its_action_and_leaves_the_others_unratified()
    {
        var ratified = Ratified("meeting-9", "2017/9", atNext: true, Day(2017, 9, 1), actionId: "CA2");
        var record = Record(Another, ratified);
        (record.Find("CA1")!.Ratification, record.Find("CA2")!.Ratification).ShouldBe((null, ratified));
    }

    [Fact]
    public void an_action_never_taken_is_not_found() => Record().Find("CA9").ShouldBeNull();

    [Fact]
    public void it_is_the_stream_of_its_body() => ChairsActions.StreamKey("board-1").ShouldBe("chairs-actions:board-1");

    [Fact]
    public void an_event_the_fold_does_not_know_changes_nothing()
    {
        var record = Record();
        record.After(new AnEventNotYetKnown(On(2017, 7, 10), Minutes)).ShouldBeSameAs(record);
    }
}
