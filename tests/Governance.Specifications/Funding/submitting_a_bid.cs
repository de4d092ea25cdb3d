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
                Asked, $"{Fund} ", BoardResolution, "plan-1", "urgent care", On(2017, 9, 1), Minutes))
            .Then(Submitted);

    [Fact]
    public void a_bid_needs_no_sponsoring_resolution_nor_plan_section() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, 40_000m, Fund, null, null, null,
                On(2017, 9, 1), Minutes))
            .Then(Submitted with { AmountAsked = 40_000m, SponsoredBy = null, PlanId = null, Section = null });

    [Fact]
    public void a_bid_for_nothing_is_refused() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, 0m, Fund, BoardResolution, "plan-1",
                "urgent care", On(2017, 9, 1), Minutes))
            .ThenRefused("A bid asks for an amount of money above nothing.");

    [Fact]
    public void a_bid_for_less_than_nothing_is_refused() =>
        InTheFootprint.When(footprint => FundingRules.Submit(footprint, Scheme, Sponsors, -1m, Fund, BoardResolution, "plan-1",
                "urgent care", On(2017, 9, 1), Minutes))
            .ThenRefused("A bid asks for an amount of money above nothing.");

    [Fact]
    public void amounts_are_written_in_pounds_with_their_thousands_and_any_pence() =>
        (FundingRules.Pounds(2_500_000m), FundingRules.Pounds(1_234.5m), FundingRules.Pounds(99.99m))
            .ShouldBe(("£2,500,000", "£1,234.5", "£99.99"));
}
