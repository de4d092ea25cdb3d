using Governance.Domain.Boards;
using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.GivenASharedDecision;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

public class deciding_in_joint_committee
{
    private static Func<SharedDecision, Decision<ISharedDecisionEvent>> Resolves(ApprovingDecision resolution, DateOnly on,
        ResolutionStanding? standing = null) =>
        decision => SharedDecisionRules.DecideInCommittee(decision, resolution, standing ?? Stands, EffectiveDate.OnDay(on),
            Minutes);

    [Fact]
    public void the_joint_committees_resolution_puts_a_delegated_matter_into_effect_that_day() =>
        Of(Delegated).When(Resolves(CommitteeResolution, Day(2017, 5, 15)))
            .Then(new JointCommitteeResolved(CommitteeResolution, On(2017, 5, 15), Minutes), TookEffect(Day(2017, 5, 15)));

    [Fact]
    public void a_decision_that_is_not_delegated_is_not_decided_in_committee() =>
        With().When(Resolves(CommitteeResolution, Day(2017, 5, 15)))
            .ThenRefused("This decision is not delegated to a joint committee: each required partner decides it through its own board.");

    [Fact]
    public void only_the_joint_committees_own_body_decides_it() =>
        Of(Delegated).When(Resolves(BoardOf(Trust), Day(2017, 5, 15)))
            .ThenRefused("Only the joint committee's body, joint-committee, decides Stroke services; board-RXA is another body.");

    [Fact]
    public void the_committees_resolution_must_have_passed() =>
        Of(Delegated).When(Resolves(CommitteeResolution, Day(2017, 5, 15), new ResolutionStanding.NotPassed(ResolutionOutcome.Rejected)))
            .ThenRefused("Resolution JC/2017/3 was rejected, not passed; it approves nothing.");

    [Fact]
    public void a_committee_decides_only_what_still_awaits_a_decision() =>
        Of(Delegated, new SharedDecisionLapsed(On(2017, 7, 1), Minutes))
            .When(Resolves(CommitteeResolution, Day(2017, 6, 1)))
            .ThenRefused("The decision is no longer awaiting ratification: it is Lapsed.");

    [Fact]
    public void a_committee_decides_nothing_after_the_deadline() =>
        Of(Delegated).When(Resolves(CommitteeResolution, Day(2017, 7, 1)))
            .ThenRefused("The decision's deadline was 2017-06-30; it lapsed without being decided.");
}
