using Governance.Domain.Boards;
using Governance.Domain.Plans;
using static Governance.Specifications.Plans.GivenAPlan;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Plans;

public class the_rules_of_a_plan
{
    private static readonly ResolutionStanding Stands = new ResolutionStanding.Stands();

    [Fact]
    public void a_milestone_is_recorded_on_or_after_the_day_the_plan_was_drafted() =>
        With().When(plan => PlanRules.ReachMilestone(plan, PlanMilestone.Published, On(2017, 4, 1), Minutes))
            .Then(new PlanMilestoneReached(PlanMilestone.Published, On(2017, 4, 1), Minutes));

    [Fact]
    public void nothing_takes_effect_in_a_plan_before_it_was_drafted() =>
        With().When(plan => PlanRules.ReachMilestone(plan, PlanMilestone.Published, On(2017, 3, 31), Minutes))
            .ThenRefused("'Healthier Together' was drafted on 2017-04-01; nothing can take effect in it on 2017-03-31.");

    [Fact]
    public void a_plan_is_superseded_by_a_later_one() =>
        With().When(plan => PlanRules.Supersede(plan, "plan-2", new DateOnly(2017, 12, 1), On(2018, 1, 1), Minutes))
            .Then(new PlanSuperseded("plan-2", On(2018, 1, 1), Minutes));

    [Fact]
    public void a_plan_is_superseded_only_by_a_plan_of_its_own_footprint() =>
        With().When(plan => PlanRules.Supersede(plan, "elsewhere", null, On(2018, 1, 1), Minutes))
            .ThenRefused("Footprint QWE has no plan elsewhere; a plan is superseded by a later plan of its own footprint.");

    [Fact]
    public void a_plan_is_not_superseded_by_one_drafted_after_the_date() =>
        With().When(plan => PlanRules.Supersede(plan, "plan-2", new DateOnly(2018, 2, 1), On(2018, 1, 1), Minutes))
            .ThenRefused("Plan plan-2 was drafted on 2018-02-01; it cannot have superseded this one on 2018-01-01.");

    [Fact]
    public void a_plan_is_not_superseded_by_itself() =>
        With().When(plan => PlanRules.Supersede(plan, plan.Id, plan.DraftedOn, On(2018, 1, 1), Minutes))
            .ThenRefused("A plan is not superseded by itself; name the later plan.");

    [Fact]
    public void a_superseded_plan_takes_nothing_from_the_day_it_was_superseded() =>
        With(new PlanSuperseded("plan-2", On(2018, 1, 1), Minutes))
            .When(plan => PlanRules.Supersede(plan, "plan-3", new DateOnly(2017, 12, 1), On(2018, 1, 1), Minutes))
            .ThenRefused("'Healthier Together' was superseded by plan plan-2 on 2018-01-01; amend the plan that superseded it.");

    [Fact]
    public void a_superseded_plan_still_takes_what_happened_before_it_was_superseded() =>
        With(new PlanSuperseded("plan-2", On(2018, 1, 1), Minutes))
            .When(plan => PlanRules.ReachMilestone(plan, PlanMilestone.Refreshed, On(2017, 12, 31), Minutes))
            .Then(new PlanMilestoneReached(PlanMilestone.Refreshed, On(2017, 12, 31), Minutes));

    [Fact]
    public void an_amendment_is_proposed_against_sections_the_plan_has() =>
        With().When(plan => PlanRules.Propose(plan, "A1", [Change("finance")], " Because. ", On(2017, 5, 1), Minutes))
            .Then(Proposed("A1", Change("finance")));

    [Fact]
    public void an_amendment_is_not_proposed_to_a_plan_no_longer_open() =>
        With().When(plan => PlanRules.Propose(plan, "A1", [Change("finance")], "Because.", On(2017, 1, 1), Minutes))
            .ThenRefused("'Healthier Together' was drafted on 2017-04-01; nothing can take effect in it on 2017-01-01.");

    [Fact]
    public void an_amendment_names_only_sections_the_plan_has() =>
        With().When(plan => PlanRules.Propose(plan, "A1", [Change("workforce")], "Because.", On(2017, 5, 1), Minutes))
            .ThenRefused("'Healthier Together' has no section 'workforce'; its sections are priorities, finance.");

    [Fact]
    public void an_amendment_that_changes_nothing_is_refused() =>
        With().When(plan => PlanRules.Propose(plan, "A1", [Change("finance", text: null)], "Because.", On(2017, 5, 1), Minutes))
            .ThenRefused("The change to 'finance' changes nothing: give a new text, heading or figures.");

    [Fact]
    public void a_change_may_be_only_a_new_heading_or_new_figures() =>
        With().When(plan => PlanRules.Propose(plan, "A1", [
                new SectionChange("priorities", 0, "Our first priorities", null, null),
                new SectionChange("finance", 0, null, null, [new FinancialFigure("Gap", "2020/21", -10m)]),
            ], "Because.", On(2017, 5, 1), Minutes))
            .Decision.Events.ShouldHaveSingleItem().Changes.Count.ShouldBe(2);

    [Fact]
    public void an_amendment_is_not_drafted_against_a_revision_the_section_has_not_reached() =>
        With().When(plan => PlanRules.Propose(plan, "A1", [Change("finance", against: 1)], "Because.", On(2017, 5, 1), Minutes))
            .ThenRefused("Section 'finance' has no revision 1 yet (it is at 0).");

    [Fact]
    public void an_amendment_changes_a_section_once() =>
        With().When(plan => PlanRules.Propose(plan, "A1", [Change("finance"), Change("finance", text: "Other.")], "Because.",
                On(2017, 5, 1), Minutes))
            .ThenRefused("An amendment changes section 'finance' once.");

    [Fact]
    public void a_pending_amendment_is_rebased_against_the_revision_now_in_force() =>
        With(Proposed("A1", Change("finance")), Proposed("A2", Change("finance")), Approved("A1", Day(2017, 7, 1)))
            .When(plan => PlanRules.Rebase(plan, "A2", [Change("finance", against: 1)], "Rebased.", On(2017, 7, 2), Minutes))
            .Then(new AmendmentRebased("A2", [Change("finance", against: 1)], "Rebased.", On(2017, 7, 2), Minutes));

    [Fact]
    public void a_rebase_still_drafted_against_an_old_revision_is_refused() =>
        With(Proposed("A1", Change("finance")), Proposed("A2", Change("priorities"), Change("finance")),
                Approved("A1", Day(2017, 7, 1)))
            .When(plan => PlanRules.Rebase(plan, "A2", [Change("priorities"), Change("finance")], "Rebased.", On(2017, 7, 2),
                Minutes))
            .ThenRefused("Section 'finance' has changed since this amendment was drafted: it was drafted against revision 0, " +
                         "and amendment A1 has since made it revision 1. Rebase the amendment against the text now in force, " +
                         "so that no change is lost.");

    [Fact]
    public void a_rebase_is_checked_like_a_proposal() =>
        With(Proposed("A1", Change("finance")))
            .When(plan => PlanRules.Rebase(plan, "A1", [Change("finance", text: null)], "Rebased.", On(2017, 5, 2), Minutes))
            .ThenRefused("The change to 'finance' changes nothing: give a new text, heading or figures.");

    [Fact]
    public void only_an_amendment_the_plan_has_can_be_decided() =>
        With().When(plan => PlanRules.Reject(plan, "A9", "No.", On(2017, 5, 2), Minutes))
            .ThenRefused("'Healthier Together' has no amendment A9.");

    [Fact]
    public void a_pending_amendment_is_approved_by_a_resolution_that_stands() =>
        With(Proposed("A1", Change("finance")))
            .When(plan => PlanRules.Approve(plan, "A1", BoardResolution, Stands, Day(2017, 7, 1), On(2017, 6, 1), Minutes))
            .Then(Approved("A1", Day(2017, 7, 1)));

    [Fact]
    public void an_approval_needs_a_resolution_that_stands() =>
        With(Proposed("A1", Change("finance")))
            .When(plan => PlanRules.Approve(plan, "A1", BoardResolution, new ResolutionStanding.NotPassed(ResolutionOutcome.Deferred),
                Day(2017, 7, 1), On(2017, 6, 1), Minutes))
            .ThenRefused("Resolution 2017/12 was deferred, not passed; it approves nothing.");

    [Fact]
    public void an_approval_takes_effect_while_the_plan_is_open() =>
        With(Proposed("A1", Change("finance")), new PlanSuperseded("plan-2", On(2017, 9, 1), Minutes))
            .When(plan => PlanRules.Approve(plan, "A1", BoardResolution, Stands, Day(2017, 9, 1), On(2017, 6, 1), Minutes))
            .ThenRefused("'Healthier Together' was superseded by plan plan-2 on 2017-09-01; amend the plan that superseded it.");

    [Fact]
    public void an_amendment_drafted_before_another_was_approved_must_be_rebased_first() =>
        With(Proposed("A1", Change("finance")), Proposed("A2", Change("finance")), Approved("A1", Day(2017, 7, 1)))
            .When(plan => PlanRules.Approve(plan, "A2", BoardResolution, Stands, Day(2017, 8, 1), On(2017, 7, 2), Minutes))
            .ThenRefused("Section 'finance' has changed since this amendment was drafted: it was drafted against revision 0, " +
                         "and amendment A1 has since made it revision 1. Rebase the amendment against the text now in force, " +
                         "so that no change is lost.");

    [Fact]
    public void a_change_cannot_take_effect_before_an_earlier_change_to_its_section() =>
        With(Proposed("A1", Change("finance")), Approved("A1", Day(2017, 9, 1)), Proposed("A2", Change("finance", against: 1)))
            .When(plan => PlanRules.Approve(plan, "A2", BoardResolution, Stands, Day(2017, 8, 1), On(2017, 7, 2), Minutes))
            .ThenRefused("Section 'finance' already has a change taking effect on 2017-09-01 (amendment A1); " +
                         "a change drafted after it cannot take effect before it.");

    [Fact]
    public void a_pending_amendment_is_rejected_with_its_reason() =>
        With(Proposed("A1", Change("finance")))
            .When(plan => PlanRules.Reject(plan, "A1", " Not affordable. ", On(2017, 6, 1), Minutes))
            .Then(new AmendmentRejected("A1", "Not affordable.", On(2017, 6, 1), Minutes));

    [Fact]
    public void a_pending_amendment_is_withdrawn_with_its_reason() =>
        With(Proposed("A1", Change("finance")))
            .When(plan => PlanRules.Withdraw(plan, "A1", "Overtaken.", On(2017, 6, 1), Minutes))
            .Then(new AmendmentWithdrawn("A1", "Overtaken.", On(2017, 6, 1), Minutes));

    [Fact]
    public void a_decided_amendment_is_not_decided_again() =>
        With(Proposed("A1", Change("finance")), new AmendmentWithdrawn("A1", "Overtaken.", On(2017, 6, 1), Minutes))
            .When(plan => PlanRules.Withdraw(plan, "A1", "Again.", On(2017, 6, 2), Minutes))
            .ThenRefused("Amendment A1 is already withdrawn.");

    [Fact]
    public void only_a_pending_amendment_is_rebased() =>
        With().When(plan => PlanRules.Rebase(plan, "A9", [Change("finance")], "Rebased.", On(2017, 5, 2), Minutes))
            .ThenRefused("'Healthier Together' has no amendment A9.");

    [Fact]
    public void only_a_pending_amendment_is_approved() =>
        With(Proposed("A1", Change("finance")), new AmendmentRejected("A1", "No.", On(2017, 5, 2), Minutes))
            .When(plan => PlanRules.Approve(plan, "A1", BoardResolution, Stands, Day(2017, 7, 1), On(2017, 6, 1), Minutes))
            .ThenRefused("Amendment A1 is already rejected.");

    [Fact]
    public void a_change_may_take_effect_after_an_earlier_change_to_its_section() =>
        With(Proposed("A1", Change("finance")), Approved("A1", Day(2017, 7, 1)), Proposed("A2", Change("finance", against: 1)))
            .When(plan => PlanRules.Approve(plan, "A2", BoardResolution, Stands, Day(2017, 8, 1), On(2017, 7, 2), Minutes))
            .Then(new AmendmentApproved("A2", BoardResolution, Day(2017, 8, 1), On(2017, 7, 2), Minutes));
}
