using Governance.Domain.ServiceChanges;
using static Governance.Specifications.ServiceChanges.GivenAServiceChange;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>
/// A committee that was consulted refers a proposal to the Secretary of State while the power of referral applies
/// (here from 1 April 2013 until 30 January 2024, the day before SI 2024/16 took it away); what came of it is kept once.
/// </summary>
public class referring_to_the_secretary_of_state
{
    private static Func<ServiceChangeProposal, Decision<ReferredToSecretaryOfState>> Refer(DateOnly on,
        string committee = Committee, AssuranceRuleBook? rules = null) =>
        proposal => ServiceChangeRules.Refer(proposal, committee, rules ?? NationalRules, EffectiveDate.OnDay(on), Minutes);

    private static Func<ServiceChangeProposal, Decision<ReferralConcluded>> Conclude(DateOnly on, string outcome = Outcome) =>
        proposal => ServiceChangeRules.ConcludeReferral(proposal, outcome, EffectiveDate.OnDay(on), Minutes);

    [Fact]
    public void a_consulted_committee_refers_a_proposal_while_the_power_applies() =>
        With(Consulted()).When(Refer(Day(2017, 4, 1))).Then(Referred(Day(2017, 4, 1)));

    [Fact]
    public void a_committee_is_named_as_consulted_without_stray_spaces() =>
        With(Consulted()).When(Refer(Day(2017, 4, 1), $" {Committee} ")).Then(Referred(Day(2017, 4, 1)));

    [Fact]
    public void a_committee_refers_on_the_day_it_was_consulted() =>
        With(Consulted()).When(Refer(Day(2017, 2, 15))).Then(Referred(Day(2017, 2, 15)));

    [Fact]
    public void a_decided_change_is_still_referred() =>
        With([.. Assured, Decided(Day(2017, 3, 15))]).When(Refer(Day(2017, 4, 1))).Then(Referred(Day(2017, 4, 1)));

    [Fact]
    public void a_committee_refers_on_the_last_day_the_power_applied() =>
        With(Consulted()).When(Refer(Day(2024, 1, 30))).Then(Referred(Day(2024, 1, 30)));

    [Fact]
    public void no_committee_refers_once_the_power_was_removed() =>
        With(Consulted()).When(Refer(Day(2024, 1, 31)))
            .ThenRefused("No committee could refer a proposal to the Secretary of State on 2024-01-31: the power applied from " +
                         $"2013-04-01 until 2024-01-30 ({ReferralSource}).");

    [Fact]
    public void no_committee_refers_before_the_power_applied() =>
        Of(Proposed with { Effective = On(2012, 6, 1) }, Consulted(on: Day(2012, 7, 1))).When(Refer(Day(2013, 3, 31)))
            .ThenRefused("No committee could refer a proposal to the Secretary of State on 2013-03-31: the power applied from " +
                         $"2013-04-01 until 2024-01-30 ({ReferralSource}).");

    [Fact]
    public void no_committee_refers_where_the_ledger_holds_no_power_to() =>
        With(Consulted()).When(Refer(Day(2017, 4, 1), rules: NoRules))
            .ThenRefused("The ledger holds no record of a power to refer proposals to the Secretary of State.");

    [Fact]
    public void only_a_consulted_committee_refers_a_proposal() =>
        With(Consulted()).When(Refer(Day(2017, 4, 1), "Hillside Health Scrutiny Committee"))
            .ThenRefused("Hillside Health Scrutiny Committee was not consulted on 'Riverside community beds' by 2017-04-01; " +
                         "only a consulted committee refers a proposal.");

    [Fact]
    public void a_committee_consulted_only_after_the_day_of_the_referral_could_not_make_it() =>
        With(Consulted(on: Day(2017, 4, 2))).When(Refer(Day(2017, 4, 1)))
            .ThenRefused("Riverside Health Scrutiny Committee was not consulted on 'Riverside community beds' by 2017-04-01; " +
                         "only a consulted committee refers a proposal.");

    [Fact]
    public void whether_the_power_applied_is_said_before_whether_the_committee_was_consulted() =>
        With().When(Refer(Day(2024, 2, 1)))
            .ThenRefused("No committee could refer a proposal to the Secretary of State on 2024-02-01: the power applied from " +
                         $"2013-04-01 until 2024-01-30 ({ReferralSource}).");

    [Fact]
    public void a_proposal_is_not_referred_before_it_was_proposed() =>
        With(Consulted()).When(Refer(Day(2017, 1, 9), rules: NoRules))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2017-01-09.");

    [Fact]
    public void a_referral_concludes_with_its_outcome() =>
        With(Consulted(), Referred(Day(2017, 4, 1))).When(Conclude(Day(2017, 9, 1), $" {Outcome} "))
            .Then(Concluded(Day(2017, 9, 1)));

    [Fact]
    public void only_a_referred_proposal_has_a_referral_to_conclude() =>
        With(Consulted()).When(Conclude(Day(2017, 9, 1)))
            .ThenRefused("'Riverside community beds' was not referred to the Secretary of State.");

    [Fact]
    public void a_referral_concludes_once() =>
        With(Consulted(), Referred(Day(2017, 4, 1)), Concluded(Day(2017, 9, 1)))
            .When(Conclude(Day(2017, 10, 1), "Upheld."))
            .ThenRefused("The referral of 'Riverside community beds' already concluded: Referred back to the CCG for local resolution.");

    [Fact]
    public void a_referral_does_not_conclude_before_the_proposal_was_proposed() =>
        With(Consulted(), Referred(Day(2017, 4, 1))).When(Conclude(Day(2016, 12, 1)))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2016-12-01.");
}
