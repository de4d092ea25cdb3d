using Governance.Domain.Plans;
using static Governance.Specifications.Plans.GivenAPlan;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Plans;

/// <summary>What a plan's events add up to: its first text, its milestones, and its amendments with their fate.</summary>
public class a_plans_record
{
    [Fact]
    public void a_plan_is_what_was_drafted_from_the_day_it_was_drafted()
    {
        var plan = With().State;
        (plan.Id, plan.FootprintId, plan.Title, plan.Illustrative, plan.DraftedOn, plan.Superseded, plan.ApprovedCount)
            .ShouldBe(("stream-1", "QWE", "Healthier Together", false, Day(2017, 4, 1), (PlanSuperseded?)null, 0));
        plan.Sections.ShouldBe(Drafted.Sections);
        plan.Milestones.ShouldBeEmpty();
        plan.Amendments.ShouldBeEmpty();
    }

    [Fact]
    public void an_illustrative_plan_stays_illustrative() =>
        History.Fold<Plan, PlanDrafted, IPlanEvent>(Drafted with { Illustrative = true }, []).Illustrative.ShouldBeTrue();

    [Fact]
    public void milestones_are_kept_in_the_order_they_were_recorded()
    {
        var submitted = new PlanMilestoneReached(PlanMilestone.FinalSubmitted, On(2017, 6, 30), Minutes);
        var published = new PlanMilestoneReached(PlanMilestone.Published, On(2017, 5, 1), Minutes);
        With(submitted, published).State.Milestones.ShouldBe([submitted, published]);
    }

    [Fact]
    public void a_superseded_plan_names_what_superseded_it()
    {
        var superseded = new PlanSuperseded("plan-2", On(2018, 1, 1), Minutes);
        With(superseded).State.Superseded.ShouldBe(superseded);
    }

    [Fact]
    public void a_proposed_amendment_is_pending_with_its_changes_reason_and_the_day_it_was_proposed()
    {
        var proposed = Proposed("A1", Change("finance"), Change("priorities"));
        With(proposed).State.Amendments.ShouldBe([
            new Amendment("A1", proposed.Changes, "Because.", Day(2017, 5, 1), AmendmentStatus.Proposed, null, 0),
        ]);
    }

    [Fact]
    public void amendments_are_kept_in_the_order_they_were_proposed() =>
        With(Proposed("A2", Change("finance")), Proposed("A1", Change("priorities"))).State.Amendments.Select(a => a.Id)
            .ShouldBe(["A2", "A1"]);

    [Fact]
    public void an_amendment_names_the_sections_it_changes() =>
        With(Proposed("A1", Change("finance"), Change("priorities"))).State.Find("A1")!.Sections.ShouldBe(["finance", "priorities"]);

    [Fact]
    public void a_rebased_amendment_takes_its_new_changes_and_keeps_its_reason_day_and_status()
    {
        var proposed = Proposed("A1", Change("finance"));
        var rebased = Rebased("A1", Change("finance", against: 1, text: "Rebased text."));
        With(proposed, rebased).State.Amendments.ShouldBe([
            new Amendment("A1", rebased.Changes, "Because.", Day(2017, 5, 1), AmendmentStatus.Proposed, null, 0),
        ]);
    }

    [Fact]
    public void an_approved_amendment_keeps_its_approval_and_the_order_it_was_approved_in()
    {
        var first = Approved("A2", Day(2017, 9, 1));
        var second = Approved("A1", Day(2017, 8, 1));
        var plan = With(Proposed("A1", Change("finance")), Proposed("A2", Change("priorities")), first, second).State;

        plan.Amendments.Select(a => (a.Id, a.Status, a.Approval, a.ApprovalSequence)).ShouldBe([
            ("A1", AmendmentStatus.Approved, (AmendmentApproved?)second, 2L),
            ("A2", AmendmentStatus.Approved, (AmendmentApproved?)first, 1L),
        ]);
        plan.ApprovedCount.ShouldBe(2);
    }

    [Fact]
    public void a_rejected_amendment_is_rejected_and_nothing_else_about_it_changes()
    {
        var proposed = Proposed("A1", Change("finance"));
        With(proposed, Rejected("A1")).State.Amendments.ShouldBe([
            new Amendment("A1", proposed.Changes, "Because.", Day(2017, 5, 1), AmendmentStatus.Rejected, null, 0),
        ]);
    }

    [Fact]
    public void a_withdrawn_amendment_is_withdrawn_and_nothing_else_about_it_changes()
    {
        var proposed = Proposed("A1", Change("finance"));
        With(proposed, Withdrawn("A1")).State.Amendments.ShouldBe([
            new Amendment("A1", proposed.Changes, "Because.", Day(2017, 5, 1), AmendmentStatus.Withdrawn, null, 0),
        ]);
    }

    [Fact]
    public void a_decision_on_one_amendment_leaves_the_others_as_they_were()
    {
        var plan = With(Proposed("A1", Change("finance")), Proposed("A2", Change("priorities")), Proposed("A3", Change("finance")),
            Withdrawn("A2")).State;
        plan.Amendments.Select(a => (a.Id, a.Status)).ShouldBe([
            ("A1", AmendmentStatus.Proposed), ("A2", AmendmentStatus.Withdrawn), ("A3", AmendmentStatus.Proposed),
        ]);
    }

    [Fact]
    public void a_rebase_rejection_or_withdrawal_of_an_amendment_the_plan_does_not_have_leaves_the_plan_as_it_was()
    {
        var plan = With(Proposed("A1", Change("finance"))).State;
        plan.After(Rebased("A9", Change("finance"))).ShouldBeSameAs(plan);
        plan.After(Rejected("A9")).ShouldBeSameAs(plan);
        plan.After(Withdrawn("A9")).ShouldBeSameAs(plan);
    }

    [Fact]
    public void an_approval_of_an_amendment_the_plan_does_not_have_approves_none_of_its_amendments()
    {
        var plan = With(Proposed("A1", Change("finance"))).State;
        plan.After(Approved("A9", Day(2017, 7, 1))).Amendments.ShouldBe(plan.Amendments);
    }

    [Fact]
    public void a_second_draft_in_a_plans_stream_changes_nothing()
    {
        var plan = With(Proposed("A1", Change("finance"))).State;
        plan.After(Drafted with { Title = "Another plan" }).ShouldBeSameAs(plan);
    }

    [Fact]
    public void an_amendment_is_found_by_its_id()
    {
        var plan = With(Proposed("A1", Change("finance")), Proposed("A2", Change("priorities"))).State;
        plan.Find("A2").ShouldBeSameAs(plan.Amendments[1]);
        plan.Find("A9").ShouldBeNull();
    }

    [Fact]
    public void only_approved_amendments_take_effect_in_the_order_they_take_effect() =>
        With(Proposed("A1", Change("finance")), Proposed("A2", Change("priorities")), Proposed("A3", Change("finance")),
                Proposed("A4", Change("priorities")), Proposed("A5", Change("finance")),
                Approved("A1", Day(2017, 10, 1)), Approved("A2", Day(2017, 7, 1)), Rejected("A3"), Withdrawn("A4")).State
            .ApprovedInEffectOrder().Select(a => a.Id).ShouldBe(["A2", "A1"]);

    [Fact]
    public void amendments_taking_effect_on_the_same_day_take_effect_in_the_order_they_were_approved() =>
        With(Proposed("A1", Change("finance")), Proposed("A2", Change("priorities")), Proposed("A3", Change("finance", against: 1)),
                Approved("A2", Day(2017, 9, 1)), Approved("A1", Day(2017, 9, 1)), Approved("A3", Day(2017, 9, 1))).State
            .ApprovedInEffectOrder().Select(a => a.Id).ShouldBe(["A2", "A1", "A3"]);

    [Fact]
    public void a_sections_revision_counts_the_approved_amendments_that_changed_it()
    {
        var plan = With(Proposed("A1", Change("finance")), Approved("A1", Day(2017, 7, 1)),
            Proposed("A2", Change("finance", against: 1)), Approved("A2", Day(2017, 8, 1)),
            Proposed("A3", Change("finance", against: 2), Change("priorities"))).State;
        plan.RevisionOf("finance").ShouldBe(2);
        plan.RevisionOf("priorities").ShouldBe(0);
    }
}
