using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.GivenArrangements;
using static Governance.Specifications.SharedDecisions.GivenASharedDecision;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

/// <summary>The proposals here are dated 1 May 2017.</summary>
public class proposing_a_shared_decision
{
    private static Func<FootprintArrangements?, Decision<SharedDecisionProposed>> Propose(string? matter = null,
        SharedDecisionProposed? draft = null, IReadOnlySet<string>? partners = null) =>
        arrangements => SharedDecisionRules.Propose(draft ?? Proposal(), matter, arrangements, partners ?? AllThree);

    [Fact]
    public void with_no_arrangements_every_required_partner_must_ratify() =>
        NoneYet.When(Propose(draft: Proposal(RatificationRule.MajorityOfRequiredPartners, ToTheJointCommittee)))
            .Then(Proposal(RatificationRule.EveryRequiredPartner));

    [Fact]
    public void the_rule_is_the_one_the_arrangement_in_force_sets() =>
        With(Memorandum).When(Propose())
            .Then(Proposal(RatificationRule.MajorityOfRequiredPartners));

    [Fact]
    public void of_several_arrangements_in_force_the_one_adopted_last_sets_the_rule() =>
        With(Memorandum, JointCommittee).When(Propose())
            .Then(Proposal(RatificationRule.EveryRequiredPartner));

    [Fact]
    public void an_arrangement_dissolved_by_then_sets_no_rule() =>
        With(Memorandum, JointCommittee, Dissolved(JointCommitteeId, Day(2017, 4, 30))).When(Propose())
            .Then(Proposal(RatificationRule.MajorityOfRequiredPartners));

    [Fact]
    public void an_arrangement_adopted_after_the_proposal_sets_no_rule() =>
        With(Memorandum with { Effective = On(2017, 5, 2) }).When(Propose())
            .Then(Proposal(RatificationRule.EveryRequiredPartner));

    [Fact]
    public void the_rule_is_the_arrangements_as_revised_by_the_day_of_the_proposal() =>
        With(Memorandum, Revised(MemorandumId, RatificationRule.EveryRequiredPartner, Day(2017, 4, 25)),
                Revised(MemorandumId, RatificationRule.MajorityOfRequiredPartners, Day(2017, 5, 2)))
            .When(Propose())
            .Then(Proposal(RatificationRule.EveryRequiredPartner));

    [Fact]
    public void a_blank_matter_is_no_matter_and_the_partners_decide() =>
        With(Memorandum, JointCommittee).When(Propose(matter: "  "))
            .Then(Proposal(RatificationRule.EveryRequiredPartner));

    [Fact]
    public void a_matter_delegated_to_a_joint_committee_in_force_is_the_committees_alone() =>
        With(Memorandum, JointCommittee).When(Propose(matter: " STROKE services "))
            .Then(Proposal(RatificationRule.JointCommitteeWithinDelegation, ToTheJointCommittee));

    [Fact]
    public void a_matter_no_joint_committee_in_force_has_delegated_to_it_is_refused() =>
        With(Memorandum, JointCommittee).When(Propose(matter: " Maternity "))
            .ThenRefused("No joint committee of QWE in force on 2017-05-01 has \"Maternity\" delegated to it. " +
                         "Leave the matter out for the partners to decide it.");

    [Fact]
    public void a_delegation_ends_when_its_joint_committee_is_dissolved() =>
        With(Memorandum, JointCommittee, Dissolved(JointCommitteeId, Day(2017, 5, 1))).When(Propose(matter: "Stroke services"))
            .ThenRefused("No joint committee of QWE in force on 2017-05-01 has \"Stroke services\" delegated to it. " +
                         "Leave the matter out for the partners to decide it.");

    [Fact]
    public void with_no_arrangements_no_matter_is_delegated() =>
        NoneYet.When(Propose(matter: "Stroke services"))
            .ThenRefused("No joint committee of QWE in force on 2017-05-01 has \"Stroke services\" delegated to it. " +
                         "Leave the matter out for the partners to decide it.");

    [Fact]
    public void a_required_partner_must_be_a_partner_of_the_footprint_that_day() =>
        NoneYet.When(Propose(partners: PartnersOnTheDay(Trust, Ccg)))
            .ThenRefused("E08 was not partners of QWE on 2017-05-01.");

    [Fact]
    public void every_required_partner_that_was_not_a_partner_that_day_is_named() =>
        NoneYet.When(Propose(partners: PartnersOnTheDay(Trust)))
            .ThenRefused("05A, E08 were not partners of QWE on 2017-05-01.");
}
