using Governance.Domain.Funding;
using static Governance.Specifications.Funding.GivenABid;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>A bid asks for an amount of money through a footprint, for a scheme its sponsors name.</summary>
public class submitting_a_bid
{
    [Fact]
    public void a_bid_is_recorded_with_its_scheme_sponsors_and_fund_in_their_words_without_stray_spaces() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, $" {Scheme} ", [" Eastbrook CCG", "Eastbrook Hospitals NHS Trust "],
                Asked, $"{Fund} ", FundingRoute.Capital, BoardResolution, "plan-1", "urgent care", On(2017, 9, 1), Minutes))
            .Then(Submitted);

    [Fact]
    public void a_bid_needs_no_sponsoring_resolution_nor_plan_section() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, 40_000m, Fund, FundingRoute.Capital, null, null, null,
                On(2017, 9, 1), Minutes))
            .Then(Submitted with { AmountAsked = 40_000m, SponsoredBy = null, PlanId = null, Section = null });

    [Fact]
    public void a_bid_for_nothing_is_refused() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, 0m, Fund, FundingRoute.Capital, BoardResolution, "plan-1",
                "urgent care", On(2017, 9, 1), Minutes))
            .ThenRefused("A bid asks for an amount of money above nothing.");

    [Fact]
    public void a_bid_for_less_than_nothing_is_refused() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, -1m, Fund, FundingRoute.Capital, BoardResolution, "plan-1",
                "urgent care", On(2017, 9, 1), Minutes))
            .ThenRefused("A bid asks for an amount of money above nothing.");

    [Fact]
    public void transformation_funding_is_applied_for_through_the_footprint_from_1_april_2017() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, Asked, Fund, FundingRoute.Transformation,
                BoardResolution, "plan-1", "urgent care", On(2017, 4, 1), Minutes))
            .Then(Submitted with { Effective = On(2017, 4, 1), Route = FundingRoute.Transformation });

    [Fact]
    public void transformation_funding_before_april_2017_did_not_go_through_the_footprint() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, Asked, Fund, FundingRoute.Transformation,
                BoardResolution, "plan-1", "urgent care", On(2017, 3, 31), Minutes))
            .ThenRefused("Transformation funding was applied for through the footprint only from 2017-04-01; this bid is dated 2017-03-31.");

    [Fact]
    public void a_capital_bid_may_be_dated_before_april_2017() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, Asked, Fund, FundingRoute.Capital,
                BoardResolution, "plan-1", "urgent care", On(2017, 3, 31), Minutes))
            .Then(Submitted with { Effective = On(2017, 3, 31) });

    [Fact]
    public void amounts_are_written_in_pounds_with_their_thousands_and_any_pence() =>
        (FundingRules.Pounds(2_500_000m), FundingRules.Pounds(1_234.5m), FundingRules.Pounds(99.99m))
            .ShouldBe(("£2,500,000", "£1,234.5", "£99.99"));
}
