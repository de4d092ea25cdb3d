using Governance.Domain.Boards;
using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.GivenASharedDecision;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

public class ratifying_and_declining
{
    private const string EveryPartnerMust = "A required partner declined, and every required partner must ratify.";
    private const string NoMajorityLeft = "Too many partners declined for a majority to ratify.";

    private static Func<SharedDecision, Decision<ISharedDecisionEvent>> Ratifies(string organisation, DateOnly on,
        IReadOnlySet<string>? partners = null, ResolutionStanding? standing = null) =>
        Responds(organisation, true, on, partners, standing);

    private static Func<SharedDecision, Decision<ISharedDecisionEvent>> Declines(string organisation, DateOnly on) =>
        Responds(organisation, false, on, null, null);

    private static Func<SharedDecision, Decision<ISharedDecisionEvent>> Responds(string organisation, bool ratifies,
        DateOnly on, IReadOnlySet<string>? partners, ResolutionStanding? standing) =>
        decision => SharedDecisionRules.Respond(decision, organisation, ratifies, BoardOf(organisation), standing ?? Stands,
            EffectiveDate.OnDay(on), partners ?? AllThree, Minutes);

    [Fact]
    public void a_partner_ratifies_through_a_resolution_of_its_own_board() =>
        With().When(Ratifies(Trust, Day(2017, 5, 10)))
            .Then(Ratified(Trust, Day(2017, 5, 10)));

    [Fact]
    public void a_partner_may_respond_on_the_deadline_day() =>
        With().When(Declines(Trust, Day(2017, 6, 30)))
            .Then(Declined(Trust, Day(2017, 6, 30)), Defeated(EveryPartnerMust, Day(2017, 6, 30)));

    [Fact]
    public void when_every_required_partner_has_ratified_it_takes_effect_that_day() =>
        With(Ratified(Trust, Day(2017, 5, 10)), Ratified(Ccg, Day(2017, 5, 20)))
            .When(Ratifies(Council, Day(2017, 6, 1)))
            .Then(Ratified(Council, Day(2017, 6, 1)), TookEffect(Day(2017, 6, 1)));

    [Fact]
    public void it_takes_effect_on_the_date_of_the_last_ratification_not_of_the_last_recorded() =>
        With(Ratified(Trust, Day(2017, 6, 5)), Ratified(Ccg, Day(2017, 5, 20)))
            .When(Ratifies(Council, Day(2017, 6, 1)))
            .Then(Ratified(Council, Day(2017, 6, 1)), TookEffect(Day(2017, 6, 5)));

    [Fact]
    public void when_every_partner_must_ratify_one_decline_defeats_it() =>
        With(Ratified(Trust, Day(2017, 5, 10)))
            .When(Declines(Ccg, Day(2017, 5, 20)))
            .Then(Declined(Ccg, Day(2017, 5, 20)), Defeated(EveryPartnerMust, Day(2017, 5, 20)));

    [Fact]
    public void it_is_defeated_on_the_date_of_the_decline_not_of_a_later_dated_ratification() =>
        With(Ratified(Trust, Day(2017, 6, 5)))
            .When(Declines(Ccg, Day(2017, 5, 20)))
            .Then(Declined(Ccg, Day(2017, 5, 20)), Defeated(EveryPartnerMust, Day(2017, 5, 20)));

    [Fact]
    public void under_a_majority_one_decline_of_three_leaves_it_open() =>
        Of(Proposal(RatificationRule.MajorityOfRequiredPartners))
            .When(Declines(Trust, Day(2017, 5, 10)))
            .Then(Declined(Trust, Day(2017, 5, 10)));

    [Fact]
    public void under_a_majority_two_declines_of_three_defeat_it() =>
        Of(Proposal(RatificationRule.MajorityOfRequiredPartners), Declined(Trust, Day(2017, 5, 10)))
            .When(Declines(Ccg, Day(2017, 5, 20)))
            .Then(Declined(Ccg, Day(2017, 5, 20)), Defeated(NoMajorityLeft, Day(2017, 5, 20)));

    [Fact]
    public void under_a_majority_it_is_defeated_on_the_day_the_declines_left_no_majority() =>
        // The council's ratification is dated latest, and the CCG's decline is recorded last but dated before the
        // trust's: a majority was impossible once both had declined, on the date of the trust's decline.
        Of(Proposal(RatificationRule.MajorityOfRequiredPartners), Ratified(Council, Day(2017, 6, 20)),
                Declined(Trust, Day(2017, 6, 1)))
            .When(Declines(Ccg, Day(2017, 5, 20)))
            .Then(Declined(Ccg, Day(2017, 5, 20)), Defeated(NoMajorityLeft, Day(2017, 6, 1)));

    [Fact]
    public void under_a_majority_two_ratifications_of_three_put_it_into_effect() =>
        Of(Proposal(RatificationRule.MajorityOfRequiredPartners), Ratified(Trust, Day(2017, 5, 10)))
            .When(Ratifies(Ccg, Day(2017, 5, 20)))
            .Then(Ratified(Ccg, Day(2017, 5, 20)), TookEffect(Day(2017, 5, 20)));

    [Fact]
    public void a_required_partner_that_left_before_deciding_is_recorded_and_no_longer_counted() =>
        With(Ratified(Trust, Day(2017, 5, 10)))
            .When(Ratifies(Ccg, Day(2017, 5, 20), PartnersOnTheDay(Trust, Ccg)))
            .Then(Left(Council, Day(2017, 5, 20)), Ratified(Ccg, Day(2017, 5, 20)), TookEffect(Day(2017, 5, 20)));

    [Fact]
    public void a_partner_that_left_after_deciding_is_not_recorded_as_leaving() =>
        With(Ratified(Trust, Day(2017, 5, 10)))
            .When(Ratifies(Ccg, Day(2017, 5, 20), PartnersOnTheDay(Ccg, Council)))
            .Then(Ratified(Ccg, Day(2017, 5, 20)));

    [Fact]
    public void under_a_majority_it_takes_effect_on_the_day_the_majority_was_reached() =>
        // Of five, two left before the council's ratification (recorded late, dated early): of the three still
        // required, the council's and then the trust's ratification made the majority.
        Of(Proposal(RatificationRule.MajorityOfRequiredPartners) with { RequiredPartners = [Trust, Ccg, Council, "RXB", "06B"] },
                Ratified(Trust, Day(2017, 5, 10)), Ratified(Ccg, Day(2017, 5, 20)))
            .When(Ratifies(Council, Day(2017, 5, 5)))
            .Then(Left("RXB", Day(2017, 5, 5)), Left("06B", Day(2017, 5, 5)), Ratified(Council, Day(2017, 5, 5)),
                TookEffect(Day(2017, 5, 10)));

    [Fact]
    public void a_partner_responds_only_while_the_decision_awaits_ratification() =>
        With(new SharedDecisionWithdrawn("Overtaken.", On(2017, 5, 5), Minutes))
            .When(Ratifies(Trust, Day(2017, 5, 10)))
            .ThenRefused("The decision is no longer awaiting ratification: it is Withdrawn.");

    [Fact]
    public void nothing_is_decided_on_it_before_it_was_proposed() =>
        With().When(Ratifies(Trust, Day(2017, 4, 30)))
            .ThenRefused("The decision was proposed on 2017-05-01; nothing can be decided on it before then.");

    [Fact]
    public void nothing_is_decided_on_it_after_its_deadline() =>
        With().When(Ratifies(Trust, Day(2017, 7, 1)))
            .ThenRefused("The decision's deadline was 2017-06-30; it lapsed without being decided.");

    [Fact]
    public void the_partners_do_not_ratify_a_matter_delegated_to_a_joint_committee() =>
        Of(Delegated).When(Ratifies(Trust, Day(2017, 5, 10)))
            .ThenRefused("Stroke services is delegated to the joint committee of JointCommittee-2017-04-20: " +
                         "its own resolution decides it, and the partners do not ratify it.");

    [Fact]
    public void only_a_required_partner_responds() =>
        With().When(Ratifies("RXB", Day(2017, 5, 10)))
            .ThenRefused("RXB is not one of the partners whose ratification this decision requires.");

    [Fact]
    public void a_partner_that_ratified_does_not_respond_again() =>
        With(Ratified(Trust, Day(2017, 5, 10)))
            .When(Declines(Trust, Day(2017, 5, 11)))
            .ThenRefused("RXA has already ratified it.");

    [Fact]
    public void a_partner_that_declined_does_not_respond_again() =>
        Of(Proposal(RatificationRule.MajorityOfRequiredPartners), Declined(Trust, Day(2017, 5, 10)))
            .When(Ratifies(Trust, Day(2017, 5, 11)))
            .ThenRefused("RXA has already declined it.");

    [Fact]
    public void a_partner_recorded_as_having_left_does_not_respond() =>
        With(Left(Council, Day(2017, 5, 20)))
            .When(Ratifies(Council, Day(2017, 5, 21)))
            .ThenRefused("E08 has already left the footprint before deciding.");

    [Fact]
    public void the_resolution_cited_must_stand() =>
        With().When(Ratifies(Trust, Day(2017, 5, 10), standing: new ResolutionStanding.Rescinded("2017/9")))
            .ThenRefused("Resolution 2017/7 was rescinded by 2017/9; it approves nothing.");

    [Fact]
    public void the_partner_must_still_be_a_partner_of_the_footprint_on_the_day() =>
        With().When(Ratifies(Council, Day(2017, 6, 1), PartnersOnTheDay(Trust, Ccg)))
            .ThenRefused("E08 was not a partner of the footprint on 2017-06-01.");
}
