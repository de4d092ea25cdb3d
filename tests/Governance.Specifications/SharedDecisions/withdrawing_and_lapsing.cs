using Governance.Domain.SharedDecisions;
using static Governance.Specifications.SharedDecisions.GivenASharedDecision;
using static Governance.Specifications.SharedDecisions.TheFootprint;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.SharedDecisions;

public class withdrawing_and_lapsing
{
    [Fact]
    public void a_decision_awaiting_ratification_is_withdrawn_with_its_reason() =>
        With(Ratified(Trust, Day(2017, 5, 10)))
            .When(decision => SharedDecisionRules.Withdraw(decision, "Overtaken by the regional review.", On(2017, 6, 1), Minutes))
            .Then(new SharedDecisionWithdrawn("Overtaken by the regional review.", On(2017, 6, 1), Minutes));

    [Fact]
    public void a_concluded_decision_is_not_withdrawn() =>
        With(Declined(Trust, Day(2017, 5, 10)), Defeated("A required partner declined, and every required partner must ratify.",
                Day(2017, 5, 10)))
            .When(decision => SharedDecisionRules.Withdraw(decision, "Too late.", On(2017, 6, 1), Minutes))
            .ThenRefused("The decision is no longer awaiting ratification: it is Defeated.");

    [Fact]
    public void a_decision_is_not_withdrawn_before_it_was_proposed() =>
        With().When(decision => SharedDecisionRules.Withdraw(decision, "Early.", On(2017, 4, 1), Minutes))
            .ThenRefused("The decision was proposed on 2017-05-01; nothing can be decided on it before then.");

    [Fact]
    public void a_decision_still_awaiting_ratification_lapses_the_day_after_its_deadline() =>
        With(Ratified(Trust, Day(2017, 5, 10)))
            .When(decision => SharedDecisionRules.Lapse(decision, Day(2017, 7, 1), Minutes))
            .Then(new SharedDecisionLapsed(On(2017, 7, 1), Minutes));

    [Fact]
    public void a_lapse_recorded_late_still_dates_from_the_day_after_the_deadline() =>
        With().When(decision => SharedDecisionRules.Lapse(decision, Day(2017, 9, 30), Minutes))
            .Then(new SharedDecisionLapsed(On(2017, 7, 1), Minutes));

    [Fact]
    public void a_decision_does_not_lapse_on_its_deadline_day() =>
        With().When(decision => SharedDecisionRules.Lapse(decision, Day(2017, 6, 30), Minutes))
            .ThenRefused("Its deadline, 2017-06-30, has not passed.");

    [Fact]
    public void a_decision_that_took_effect_does_not_lapse() =>
        Of(Delegated, new JointCommitteeResolved(CommitteeResolution, On(2017, 5, 15), Minutes), TookEffect(Day(2017, 5, 15)))
            .When(decision => SharedDecisionRules.Lapse(decision, Day(2017, 7, 1), Minutes))
            .ThenRefused("The decision is already InEffect.");
}
