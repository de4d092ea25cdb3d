using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenAForwardPlan;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>What a forward plan's events add up to: every item published, and which stood in the plan on a day.</summary>
public class a_forward_plans_record
{
    private sealed record AnEventNotYetKnown(EffectiveDate Effective, Provenance Provenance) : IForwardPlanEvent;

    [Fact]
    public void a_plan_is_its_bodys_items_each_as_published_and_on_which_day()
    {
        var plan = Plan(Seacroft);
        (plan.Id, plan.BodyId).ShouldBe(("stream-1", BodyId));
        plan.Items.ShouldBe([
            new ForwardPlanItem("fp-1", "Reconfigure hyperacute stroke services", Day(2017, 9, 30), false, null, Consultation,
                Day(2017, 5, 1), null),
            new ForwardPlanItem("fp-2", "Sell the Seacroft site", Day(2017, 12, 31), true, CommerciallySensitive, null,
                Day(2017, 6, 15), null),
        ]);
    }

    [Fact]
    public void a_withdrawn_item_keeps_the_day_it_was_withdrawn_and_the_others_are_untouched()
    {
        var plan = Plan(Seacroft, Withdrawn("fp-2", Day(2017, 9, 1)));
        (plan.Find("fp-1")!.WithdrawnOn, plan.Find("fp-2")!.WithdrawnOn).ShouldBe(((DateOnly?)null, Day(2017, 9, 1)));
    }

    [Fact]
    public void an_item_stands_from_the_day_it_is_published_until_the_day_it_is_withdrawn()
    {
        var plan = Plan(Withdrawn("fp-1", Day(2017, 7, 1)));
        (plan.Stood("fp-1", Day(2017, 4, 30)), plan.Stood("fp-1", Day(2017, 5, 1)), plan.Stood("fp-1", Day(2017, 6, 30)),
                plan.Stood("fp-1", Day(2017, 7, 1)))
            .ShouldBe((false, true, true, false));
    }

    [Fact]
    public void an_item_never_withdrawn_stands_from_the_day_it_is_published_on() =>
        (Plan().Stood("fp-1", Day(2017, 4, 30)), Plan().Stood("fp-1", Day(2017, 5, 1)), Plan().Stood("fp-1", Day(2030, 1, 1)))
            .ShouldBe((false, true, true));

    [Fact]
    public void an_item_the_plan_never_had_never_stood() => Plan().Stood("fp-9", Day(2017, 6, 1)).ShouldBeFalse();

    [Fact]
    public void it_is_the_stream_of_its_body() => ForwardPlan.StreamKey("board-1").ShouldBe("forward-plan:board-1");

    [Fact]
    public void an_event_the_fold_does_not_know_changes_nothing()
    {
        var plan = Plan();
        plan.After(new AnEventNotYetKnown(On(2017, 6, 1), Minutes)).ShouldBeSameAs(plan);
    }
}
