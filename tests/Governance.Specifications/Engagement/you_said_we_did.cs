using Governance.Domain.Engagement;
using static Governance.Specifications.Engagement.GivenAnEngagement;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Engagement;

/// <summary>"You said, we did": what changed because of what an engagement heard, and the plan amendments it led to,
/// which must be amendments the named plan holds.</summary>
public class you_said_we_did
{
    private static Func<EngagementActivity, Decision<EngagementActedOn>> ActOn(DateOnly on, string? planId,
        params string[] amendments) =>
        activity => EngagementRules.ActOn(activity, Said, Did, planId, amendments,
            planId is null ? new HashSet<string>() : AmendmentsOfThePlan, EffectiveDate.OnDay(on), Minutes);

    [Fact]
    public void what_changed_is_recorded_as_written_without_stray_spaces_with_the_amendments_it_led_to() =>
        With().When(activity => EngagementRules.ActOn(activity, $" {Said} ", $"{Did} ", "plan-1", new[] { "A1", "A2" },
                AmendmentsOfThePlan, On(2016, 12, 1), Minutes))
            .Then(ActedOn(Day(2016, 12, 1), "A1", "A2"));

    [Fact]
    public void what_changed_may_have_led_to_no_plan_amendment() =>
        With().When(ActOn(Day(2016, 12, 1), planId: null))
            .Then(ActedOn(Day(2016, 12, 1)) with { PlanId = null });

    [Fact]
    public void what_changed_may_name_the_plan_it_changed_without_an_amendment() =>
        With().When(ActOn(Day(2016, 12, 1), "plan-1")).Then(ActedOn(Day(2016, 12, 1)));

    [Fact]
    public void something_may_come_of_an_engagement_on_the_day_it_was_held() =>
        With().When(ActOn(Day(2016, 9, 15), "plan-1", "A1")).Then(ActedOn(Day(2016, 9, 15), "A1"));

    [Fact]
    public void nothing_comes_of_an_engagement_before_it_was_held() =>
        With().When(ActOn(Day(2016, 9, 14), "plan-1", "A1"))
            .ThenRefused("'Town hall on community beds' was held on 2016-09-15; nothing came of it on 2016-09-14.");

    [Fact]
    public void amendments_it_led_to_are_amendments_of_a_named_plan() =>
        With().When(ActOn(Day(2016, 12, 1), planId: null, "A1"))
            .ThenRefused("Name the plan whose amendments it led to.");

    [Fact]
    public void only_amendments_the_plan_holds_are_cited() =>
        With().When(ActOn(Day(2016, 12, 1), "plan-1", "A9"))
            .ThenRefused("Plan plan-1 has no amendment A9.");

    [Fact]
    public void the_refusal_names_the_first_amendment_the_plan_does_not_hold() =>
        With().When(ActOn(Day(2016, 12, 1), "plan-1", "A1", "A8", "A9"))
            .ThenRefused("Plan plan-1 has no amendment A8.");

    [Fact]
    public void the_day_is_judged_before_the_amendments() =>
        With().When(ActOn(Day(2016, 9, 14), planId: null, "A9"))
            .ThenRefused("'Town hall on community beds' was held on 2016-09-15; nothing came of it on 2016-09-14.");

    [Fact]
    public void more_may_come_of_an_engagement_after_something_already_has() =>
        With(ActedOn(Day(2016, 12, 1), "A1")).When(ActOn(Day(2017, 2, 1), "plan-1", "A2"))
            .Then(ActedOn(Day(2017, 2, 1), "A2"));
}
