using Governance.Domain.Boards;
using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

/// <summary>A decision proposed on 1 May 2017 to the trust, the CCG and the council, to be decided by 30 June 2017.</summary>
public static class GivenASharedDecision
{
    public static readonly ResolutionStanding Stands = new ResolutionStanding.Stands();

    /// <summary>Stroke services, delegated to the joint committee adopted on 20 April 2017.</summary>
    public static readonly Delegation ToTheJointCommittee = new("JointCommittee-2017-04-20", "joint-committee", "Stroke services");

    public static readonly ApprovingDecision CommitteeResolution = new("joint-committee", "JC/2017/3");

    public static SharedDecisionProposed Proposal(RatificationRule rule = RatificationRule.EveryRequiredPartner,
        Delegation? delegation = null) =>
        new(Id, "Stroke reconfiguration", "Consolidate hyperacute stroke care.", [Trust, Ccg, Council], rule,
            Day(2017, 6, 30), delegation, On(2017, 5, 1), Minutes);

    public static readonly SharedDecisionProposed Delegated =
        Proposal(RatificationRule.JointCommitteeWithinDelegation, ToTheJointCommittee);

    public static Given<SharedDecision> With(params ISharedDecisionEvent[] later) => Of(Proposal(), later);

    public static Given<SharedDecision> Of(SharedDecisionProposed proposal, params ISharedDecisionEvent[] later) =>
        new(History.Fold<SharedDecision, SharedDecisionProposed, ISharedDecisionEvent>(proposal, later));

    public static ApprovingDecision BoardOf(string organisation) => new($"board-{organisation}", "2017/7");

    public static PartnerRatified Ratified(string organisation, DateOnly on) =>
        new(organisation, BoardOf(organisation), EffectiveDate.OnDay(on), Minutes);

    public static PartnerDeclined Declined(string organisation, DateOnly on) =>
        new(organisation, BoardOf(organisation), EffectiveDate.OnDay(on), Minutes);

    public static RequiredPartnerLeft Left(string organisation, DateOnly on) =>
        new(organisation, on, EffectiveDate.OnDay(on), Minutes);

    public static SharedDecisionTookEffect TookEffect(DateOnly on) => new(EffectiveDate.OnDay(on), Minutes);

    public static SharedDecisionDefeated Defeated(string reason, DateOnly on) => new(reason, EffectiveDate.OnDay(on), Minutes);
}
