using Governance.Domain.Boards;
using Governance.Domain.Plans;
using Governance.Domain.ServiceChanges;
using Governance.Specifications.Plans;
using static Governance.Specifications.ServiceChanges.GivenAServiceChange;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>
/// A change to services goes into a plan only once it was decided. Amendment A1 to Healthier Together (proposed on
/// 1 May 2017, to take effect on 1 July 2017) carries the Riverside change, and is to be approved on 1 June 2017; by
/// then the bed test applies, so the Riverside change, assured under the four tests by 8 March, also needs an answer
/// to it. The refusal names what the change's assurance lacks on the approval's day.
/// </summary>
public class a_plan_amendment_carrying_a_service_change
{
    /// <summary>The Riverside proposal's id, as its stream is folded.</summary>
    private const string Carried = "stream-1";

    private const string NoBedTestAnswer =
        "no evidence for the bed closures test (in force from 2017-04-01), nor a reason it does not apply";

    private static readonly DateOnly ApprovalDay = Day(2017, 6, 1);

    private static IServiceChangeEvent[] AssuredWithTheBedTest =>
        [.. Assured, Evidence(AssuranceTest.BedClosures, Day(2017, 4, 20))];

    private static AmendmentProposed Carrying(string? serviceChangeId) =>
        GivenAPlan.Proposed("A1", GivenAPlan.Change("finance")) with { ServiceChangeId = serviceChangeId };

    /// <summary>What the ledger knows of the Riverside change on a day, from its events.</summary>
    private static ServiceChangeStanding StandingOn(DateOnly day, params IServiceChangeEvent[] events) =>
        ServiceChangeStanding.Of(Carried, With(events).State, NationalRules, day);

    private static Func<Plan, Decision<AmendmentApproved>> Approve(ServiceChangeStanding? serviceChange,
        ResolutionStanding? standing = null, DateOnly? on = null) =>
        plan => PlanRules.Approve(plan, "A1", GivenAPlan.BoardResolution, standing ?? Stands, Day(2017, 7, 1),
            OnThe(on ?? ApprovalDay), Minutes, serviceChange);

    private static readonly AmendmentApproved ApprovedFromJuly = GivenAPlan.Approved("A1", Day(2017, 7, 1));

    /// <summary>A kind of standing the rule does not name.</summary>
    private sealed record UnnamedStanding : ServiceChangeStanding;

    // What the ledger knows of the change on the day.

    [Fact]
    public void a_change_the_ledger_does_not_hold_is_unknown() =>
        ServiceChangeStanding.Of("sc-9", null, NationalRules, ApprovalDay).ShouldBe(new ServiceChangeStanding.Unknown("sc-9"));

    [Fact]
    public void a_change_decided_by_the_day_is_decided() =>
        StandingOn(ApprovalDay, [.. AssuredWithTheBedTest, Decided(ApprovalDay)]).ShouldBe(new ServiceChangeStanding.Decided());

    [Fact]
    public void a_change_decided_from_its_papers_is_decided_whatever_its_assurance_lacked() =>
        StandingOn(ApprovalDay, DecidedFromPapers(Day(2017, 2, 1), "no formal public consultation"))
            .ShouldBe(new ServiceChangeStanding.Decided());

    [Fact]
    public void a_change_decided_after_the_day_was_not_decided_on_it_though_nothing_was_lacking() =>
        StandingOn(ApprovalDay, [.. AssuredWithTheBedTest, Decided(ApprovalDay.AddDays(1))])
            .ShouldBeEquivalentTo(new ServiceChangeStanding.Undecided(Title, new List<string>()));

    [Fact]
    public void an_undecided_change_lacks_what_its_assurance_lacks_under_the_rules_in_force_on_the_day() =>
        StandingOn(ApprovalDay, Assured)
            .ShouldBeEquivalentTo(new ServiceChangeStanding.Undecided(Title, new List<string> { NoBedTestAnswer }));

    [Fact]
    public void before_the_bed_test_applies_the_same_undecided_change_lacks_nothing() =>
        StandingOn(Day(2017, 3, 31), Assured).ShouldBeEquivalentTo(new ServiceChangeStanding.Undecided(Title, new List<string>()));

    [Fact]
    public void an_undecided_change_with_no_assurance_lacks_everything_a_substantial_variation_needs() =>
        StandingOn(Day(2017, 3, 31)).ShouldBeEquivalentTo(new ServiceChangeStanding.Undecided(Title, new List<string>
        {
            "no evidence for the public and patient engagement test (in force from 2010-05-21), nor a reason it does not apply",
            "no evidence for the patient choice test (in force from 2010-05-21), nor a reason it does not apply",
            "no evidence for the clinical evidence base test (in force from 2010-05-21), nor a reason it does not apply",
            "no evidence for the support from clinical commissioners test (in force from 2010-05-21), nor a reason it does not apply",
            "no consultation of the overview and scrutiny committee, which a substantial variation requires",
            "no formal public consultation, which a substantial variation requires",
        }));

    // Why an amendment carrying it cannot be approved on the day.

    [Fact]
    public void a_decided_change_is_no_reason_to_wait() =>
        new ServiceChangeStanding.Decided().WhyNot("A1", ApprovalDay).ShouldBeNull();

    [Fact]
    public void an_undecided_change_lacking_nothing_is_still_not_decided() =>
        new ServiceChangeStanding.Undecided(Title, []).WhyNot("A1", ApprovalDay)
            .ShouldBe("Amendment A1 carries the service change 'Riverside community beds', which was not decided by 2017-06-01.");

    [Fact]
    public void an_undecided_change_is_refused_with_everything_it_lacks() =>
        new ServiceChangeStanding.Undecided(Title, ["no scrutiny", "no consultation"]).WhyNot("A1", ApprovalDay)
            .ShouldBe("Amendment A1 carries the service change 'Riverside community beds', which was not decided by 2017-06-01: " +
                      "no scrutiny; no consultation.");

    [Fact]
    public void an_unknown_change_is_named_by_its_id() =>
        new ServiceChangeStanding.Unknown("sc-9").WhyNot("A1", ApprovalDay)
            .ShouldBe("Amendment A1 carries service change sc-9, which the ledger does not hold.");

    [Fact]
    public void a_standing_of_a_kind_the_rule_does_not_name_is_a_refusal() =>
        new UnnamedStanding().WhyNot("A1", ApprovalDay).ShouldBe("Amendment A1 carries a service change the ledger cannot judge.");

    // Proposing an amendment that carries a change.

    [Fact]
    public void an_amendment_is_proposed_carrying_a_service_change() =>
        GivenAPlan.With().When(plan => PlanRules.Propose(plan, "A1", [GivenAPlan.Change("finance")], "Because.", On(2017, 5, 1),
                Minutes, Carried))
            .Then(Carrying(Carried));

    [Fact]
    public void an_amendment_proposed_without_one_carries_none() =>
        GivenAPlan.With().When(plan => PlanRules.Propose(plan, "A1", [GivenAPlan.Change("finance")], "Because.", On(2017, 5, 1),
                Minutes))
            .Then(Carrying(null));

    [Fact]
    public void a_closed_plan_takes_no_amendment_carrying_a_change_either() =>
        GivenAPlan.With().When(plan => PlanRules.Propose(plan, "A1", [GivenAPlan.Change("finance")], "Because.", On(2017, 1, 10),
                Minutes, Carried))
            .ThenRefused("'Healthier Together' was drafted on 2017-04-01; nothing can take effect in it on 2017-01-10.");

    [Fact]
    public void the_amendment_keeps_the_change_it_carries() =>
        GivenAPlan.With(Carrying(Carried)).State.Find("A1")!.ServiceChangeId.ShouldBe(Carried);

    [Fact]
    public void an_amendment_proposed_carrying_nothing_keeps_nothing() =>
        GivenAPlan.With(GivenAPlan.Proposed("A1", GivenAPlan.Change("finance"))).State.Find("A1")!.ServiceChangeId.ShouldBeNull();

    [Fact]
    public void a_rebased_amendment_still_carries_its_change() =>
        GivenAPlan.With(GivenAPlan.Proposed("A0", GivenAPlan.Change("finance")), Carrying(Carried),
                GivenAPlan.Approved("A0", Day(2017, 6, 1)), GivenAPlan.Rebased("A1", GivenAPlan.Change("finance", against: 1)))
            .State.Find("A1")!.ServiceChangeId.ShouldBe(Carried);

    // Approving it.

    [Fact]
    public void an_amendment_carrying_a_change_not_decided_by_the_approvals_day_is_refused_with_what_the_change_lacks() =>
        GivenAPlan.With(Carrying(Carried)).When(Approve(StandingOn(ApprovalDay, Assured)))
            .ThenRefused("Amendment A1 carries the service change 'Riverside community beds', which was not decided by 2017-06-01: " +
                         NoBedTestAnswer + ".");

    [Fact]
    public void an_amendment_carrying_a_change_assured_but_not_yet_decided_is_refused() =>
        GivenAPlan.With(Carrying(Carried)).When(Approve(StandingOn(ApprovalDay, AssuredWithTheBedTest)))
            .ThenRefused("Amendment A1 carries the service change 'Riverside community beds', which was not decided by 2017-06-01.");

    [Fact]
    public void a_change_decided_the_day_after_the_approval_came_too_late_for_it() =>
        GivenAPlan.With(Carrying(Carried))
            .When(Approve(StandingOn(ApprovalDay, [.. AssuredWithTheBedTest, Decided(ApprovalDay.AddDays(1))])))
            .ThenRefused("Amendment A1 carries the service change 'Riverside community beds', which was not decided by 2017-06-01.");

    [Fact]
    public void an_amendment_carrying_a_change_decided_by_the_approvals_day_is_approved() =>
        GivenAPlan.With(Carrying(Carried))
            .When(Approve(StandingOn(ApprovalDay, [.. AssuredWithTheBedTest, Decided(ApprovalDay)])))
            .Then(ApprovedFromJuly);

    [Fact]
    public void an_amendment_carrying_a_change_decided_from_its_papers_is_approved() =>
        GivenAPlan.With(Carrying(Carried))
            .When(Approve(StandingOn(ApprovalDay, DecidedFromPapers(Day(2017, 2, 1), "no formal public consultation"))))
            .Then(ApprovedFromJuly);

    [Fact]
    public void an_amendment_carrying_a_change_the_ledger_does_not_hold_is_refused() =>
        GivenAPlan.With(Carrying("sc-9"))
            .When(Approve(ServiceChangeStanding.Of("sc-9", null, NationalRules, ApprovalDay)))
            .ThenRefused("Amendment A1 carries service change sc-9, which the ledger does not hold.");

    [Fact]
    public void an_amendment_carrying_no_change_is_approved_whatever_standing_it_is_given() =>
        GivenAPlan.With(Carrying(null)).When(Approve(new ServiceChangeStanding.Unknown("sc-9"))).Then(ApprovedFromJuly);

    [Fact]
    public void an_amendment_carrying_a_change_is_refused_when_no_standing_of_the_change_is_given() =>
        GivenAPlan.With(Carrying(Carried)).When(Approve(serviceChange: null))
            .ThenRefused($"Amendment A1 carries service change {Carried}, which the ledger does not hold.");

    [Fact]
    public void only_a_pending_amendment_is_approved_whatever_its_change() =>
        GivenAPlan.With(Carrying(Carried), GivenAPlan.Rejected("A1")).When(Approve(StandingOn(ApprovalDay, Assured)))
            .ThenRefused("Amendment A1 is already rejected.");

    [Fact]
    public void the_resolution_cited_is_judged_before_the_change_carried() =>
        GivenAPlan.With(Carrying(Carried))
            .When(Approve(StandingOn(ApprovalDay, Assured), new ResolutionStanding.Rescinded("2017/30")))
            .ThenRefused("Resolution 2017/12 was rescinded by 2017/30; it approves nothing.");

    [Fact]
    public void the_change_carried_is_judged_before_the_plan_is_open_on_the_day_it_would_take_effect() =>
        GivenAPlan.With(Carrying(Carried), new PlanSuperseded("plan-2", On(2017, 7, 1), Minutes))
            .When(Approve(StandingOn(ApprovalDay, Assured)))
            .ThenRefused("Amendment A1 carries the service change 'Riverside community beds', which was not decided by 2017-06-01: " +
                         NoBedTestAnswer + ".");

    [Fact]
    public void a_decided_change_does_not_open_a_plan_superseded_by_the_day_it_would_take_effect() =>
        GivenAPlan.With(Carrying(Carried), new PlanSuperseded("plan-2", On(2017, 7, 1), Minutes))
            .When(Approve(StandingOn(ApprovalDay, [.. AssuredWithTheBedTest, Decided(ApprovalDay)])))
            .ThenRefused("'Healthier Together' was superseded by plan plan-2 on 2017-07-01; amend the plan that superseded it.");

    [Fact]
    public void a_decided_change_does_not_spare_an_amendment_from_being_rebased() =>
        GivenAPlan.With(GivenAPlan.Proposed("A0", GivenAPlan.Change("finance")), Carrying(Carried),
                GivenAPlan.Approved("A0", Day(2017, 6, 1)))
            .When(Approve(StandingOn(ApprovalDay, [.. AssuredWithTheBedTest, Decided(ApprovalDay)])))
            .ThenRefused("Section 'finance' has changed since this amendment was drafted: it was drafted against revision 0, " +
                         "and amendment A0 has since made it revision 1. Rebase the amendment against the text now in force, " +
                         "so that no change is lost.");
}
