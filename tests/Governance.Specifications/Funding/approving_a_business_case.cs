using Governance.Domain.Funding;
using static Governance.Specifications.Funding.GivenABid;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>A scheme's business case is approved once money is allocated to it, and once.</summary>
public class approving_a_business_case
{
    private static Func<Bid, Decision<BusinessCaseApproved>> Approve(DateOnly on) =>
        bid => FundingRules.ApproveBusinessCase(bid, OnThe(on), Minutes);

    [Fact]
    public void the_business_case_of_a_provisionally_funded_scheme_is_approved() =>
        With(Provisional()).When(Approve(Day(2018, 2, 1))).Then(CaseApproved());

    [Fact]
    public void the_business_case_of_a_scheme_with_a_confirmed_award_is_approved() =>
        With(Provisional(), Confirmed()).When(Approve(Day(2018, 2, 1))).Then(CaseApproved());

    [Fact]
    public void there_is_no_business_case_to_approve_before_money_is_allocated() =>
        With().When(Approve(Day(2018, 2, 1)))
            .ThenRefused("No money was allocated to 'Eastbrook urgent treatment centre'; there is no business case to approve.");

    [Fact]
    public void a_business_case_is_approved_once() =>
        With(Awarded).When(Approve(Day(2018, 3, 1)))
            .ThenRefused("The business case for 'Eastbrook urgent treatment centre' is already approved.");

    [Fact]
    public void the_business_case_of_a_scrapped_scheme_is_not_approved() =>
        With(Provisional(), Scrapped()).When(Approve(Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void the_business_case_of_a_withdrawn_bid_is_not_approved() =>
        With(Provisional(), Withdrawn()).When(Approve(Day(2018, 11, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was withdrawn on 2018-10-01; it takes nothing further.");

    [Fact]
    public void no_business_case_is_approved_before_the_bid() =>
        With(Provisional()).When(Approve(Day(2017, 1, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was submitted on 2017-09-01; nothing of it can be recorded on 2017-01-01.");
}
