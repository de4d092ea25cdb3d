using Governance.Domain.ServiceChanges;
using static Governance.Specifications.ServiceChanges.GivenAServiceChange;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>The national rules as their reference events record them: which tests applied on a day, and when a
/// committee could refer a proposal to the Secretary of State.</summary>
public class the_national_assurance_rules
{
    [Fact]
    public void with_no_events_there_are_no_rules_and_no_power_of_referral()
    {
        NoRules.Rules.ShouldBeEmpty();
        NoRules.Referral.ShouldBeNull();
    }

    [Fact]
    public void an_adopted_test_applies_from_its_effective_date_with_no_end_and_keeps_its_source() =>
        Rules(BedTestFrom2017).Rules.ShouldBe([new AssuranceRule(AssuranceTest.BedClosures, Day(2017, 4, 1), null, BedTestSource)]);

    [Fact]
    public void tests_are_kept_in_the_order_they_were_adopted() =>
        Rules([BedTestFrom2017, .. FourTestsFrom2010]).Rules.Select(rule => rule.Test)
            .ShouldBe([AssuranceTest.BedClosures, .. FourTests]);

    [Fact]
    public void a_granted_power_of_referral_applies_from_its_effective_date_with_no_end() =>
        Rules(ReferralGranted()).Referral.ShouldBe(new ReferralPower(Day(2013, 4, 1), null, ReferralSource));

    [Fact]
    public void a_removed_power_last_applied_the_day_before_its_removal_took_effect() =>
        Rules(ReferralGranted(), ReferralRemoved()).Referral.ShouldBe(new ReferralPower(Day(2013, 4, 1), Day(2024, 1, 30), ReferralSource));

    [Fact]
    public void the_removal_of_a_power_never_granted_is_ignored() =>
        Rules(ReferralRemoved()).Referral.ShouldBeNull();

    [Fact]
    public void a_power_granted_again_applies_afresh_from_its_new_date() =>
        Rules(ReferralGranted(), ReferralRemoved(), ReferralGranted(Day(2025, 1, 1))).Referral
            .ShouldBe(new ReferralPower(Day(2025, 1, 1), null, ReferralSource));

    [Fact]
    public void each_adopted_test_is_one_rule() =>
        NationalRules.Rules.Count.ShouldBe(5);

    [Fact]
    public void no_test_applied_before_the_four_tests() =>
        NationalRules.InForceOn(Day(2010, 5, 20), closesBeds: true).ShouldBeEmpty();

    [Fact]
    public void the_four_tests_apply_from_the_day_they_were_set() =>
        NationalRules.InForceOn(Day(2010, 5, 21), closesBeds: true).Select(rule => rule.Test).ShouldBe(FourTests);

    [Fact]
    public void the_day_before_the_bed_test_a_bed_closure_meets_the_four_tests_only() =>
        NationalRules.InForceOn(Day(2017, 3, 31), closesBeds: true).Select(rule => rule.Test).ShouldBe(FourTests);

    [Fact]
    public void from_1_april_2017_a_bed_closure_also_meets_the_bed_test() =>
        NationalRules.InForceOn(Day(2017, 4, 1), closesBeds: true).ShouldBe([
            .. FourTests.Select(test => new AssuranceRule(test, Day(2010, 5, 21), null, FourTestsSource)),
            new AssuranceRule(AssuranceTest.BedClosures, Day(2017, 4, 1), null, BedTestSource),
        ]);

    [Fact]
    public void a_change_that_closes_no_beds_never_meets_the_bed_test() =>
        NationalRules.InForceOn(Day(2017, 4, 1), closesBeds: false).Select(rule => rule.Test).ShouldBe(FourTests);

    [Fact]
    public void the_tests_in_force_are_listed_in_the_order_of_the_tests_not_of_their_adoption() =>
        Rules([BedTestFrom2017, .. Enumerable.Reverse(FourTestsFrom2010)]).InForceOn(Day(2017, 4, 1), closesBeds: true)
            .Select(rule => rule.Test).ShouldBe([.. FourTests, AssuranceTest.BedClosures]);

    [Fact]
    public void a_committee_could_refer_while_the_power_applied() =>
        NationalRules.WhyNoReferral(Day(2017, 4, 1)).ShouldBeNull();

    [Fact]
    public void a_committee_could_refer_on_the_first_and_last_days_of_the_power()
    {
        NationalRules.WhyNoReferral(Day(2013, 4, 1)).ShouldBeNull();
        NationalRules.WhyNoReferral(Day(2024, 1, 30)).ShouldBeNull();
    }

    [Fact]
    public void with_no_power_recorded_the_ledger_says_so() =>
        NoRules.WhyNoReferral(Day(2017, 4, 1))
            .ShouldBe("The ledger holds no record of a power to refer proposals to the Secretary of State.");

    [Fact]
    public void before_the_power_the_ledger_says_when_it_applied() =>
        NationalRules.WhyNoReferral(Day(2013, 3, 31))
            .ShouldBe("No committee could refer a proposal to the Secretary of State on 2013-03-31: the power applied from " +
                      $"2013-04-01 until 2024-01-30 ({ReferralSource}).");

    [Fact]
    public void after_the_power_was_removed_the_ledger_says_when_it_applied() =>
        NationalRules.WhyNoReferral(Day(2024, 1, 31))
            .ShouldBe("No committee could refer a proposal to the Secretary of State on 2024-01-31: the power applied from " +
                      $"2013-04-01 until 2024-01-30 ({ReferralSource}).");

    [Fact]
    public void before_a_power_with_no_end_the_ledger_says_only_when_it_began() =>
        Rules(ReferralGranted()).WhyNoReferral(Day(2013, 3, 31))
            .ShouldBe("No committee could refer a proposal to the Secretary of State on 2013-03-31: the power applied from " +
                      $"2013-04-01 ({ReferralSource}).");
}
