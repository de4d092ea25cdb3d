using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.GivenASharedDecision;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

/// <summary>What a shared decision's events add up to.</summary>
public class a_shared_decisions_record
{
    [Fact]
    public void every_required_partner_starts_awaiting() =>
        With().State.Partners.ShouldBe([
            new PartnerPosition(Trust, PartnerResponse.Awaiting, null, null),
            new PartnerPosition(Ccg, PartnerResponse.Awaiting, null, null),
            new PartnerPosition(Council, PartnerResponse.Awaiting, null, null),
        ]);

    [Fact]
    public void a_partner_that_left_stays_on_the_record_but_is_no_longer_required()
    {
        var decision = With(Ratified(Trust, Day(2017, 5, 10)), Left(Council, Day(2017, 5, 20))).State;
        decision.Partners.ShouldBe([
            new PartnerPosition(Trust, PartnerResponse.Ratified, BoardOf(Trust), Day(2017, 5, 10)),
            new PartnerPosition(Ccg, PartnerResponse.Awaiting, null, null),
            new PartnerPosition(Council, PartnerResponse.LeftBeforeDeciding, null, Day(2017, 5, 20)),
        ]);
        decision.Required.Select(p => p.Organisation).ShouldBe([Trust, Ccg]);
    }

    [Fact]
    public void a_decision_in_committee_keeps_the_committees_resolution_and_the_day_it_took_effect()
    {
        var decision = Of(Delegated, new JointCommitteeResolved(CommitteeResolution, On(2017, 5, 15), Minutes),
            TookEffect(Day(2017, 5, 15))).State;
        decision.CommitteeResolution.ShouldBe(CommitteeResolution);
        decision.Delegation.ShouldBe(ToTheJointCommittee);
        decision.Status.ShouldBe(SharedDecisionStatus.InEffect);
        decision.ConcludedOn.ShouldBe(Day(2017, 5, 15));
    }

    [Fact]
    public void a_second_proposal_in_a_decisions_stream_changes_nothing()
    {
        var decision = With().State;
        decision.After(Proposal(RatificationRule.MajorityOfRequiredPartners)).ShouldBeSameAs(decision);
    }
}
