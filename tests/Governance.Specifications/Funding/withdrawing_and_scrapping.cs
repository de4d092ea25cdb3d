using Governance.Domain.Funding;
using static Governance.Specifications.Funding.GivenABid;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>
/// A bid may be withdrawn, or its scheme scrapped, with a reason, at any point of its life; after either it takes
/// nothing further, not even the other.
/// </summary>
public class withdrawing_and_scrapping
{
    private static Func<Bid, Decision<BidWithdrawn>> Withdraw(DateOnly on, string reason = WithdrawReason) =>
        bid => FundingRules.Withdraw(bid, reason, OnThe(on), Minutes);

    private static Func<Bid, Decision<SchemeScrapped>> Scrap(DateOnly on, string reason = ScrapReason) =>
        bid => FundingRules.Scrap(bid, reason, OnThe(on), Minutes);

    [Fact]
    public void a_bid_is_withdrawn_with_its_reason_without_stray_spaces() =>
        With().When(Withdraw(Day(2018, 10, 1), $"{WithdrawReason}  ")).Then(Withdrawn());

    [Fact]
    public void a_bid_with_money_drawn_and_paused_may_still_be_withdrawn() =>
        With([.. Awarded, Drawn(500_000m), Paused()]).When(Withdraw(Day(2018, 10, 1))).Then(Withdrawn());

    [Fact]
    public void a_scheme_is_scrapped_with_its_reason_without_stray_spaces() =>
        With(Awarded).When(Scrap(Day(2018, 10, 1), $" {ScrapReason}")).Then(Scrapped());

    [Fact]
    public void a_bid_is_withdrawn_once() =>
        With(Withdrawn()).When(Withdraw(Day(2018, 11, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was withdrawn on 2018-10-01; it takes nothing further.");

    [Fact]
    public void a_withdrawn_bids_scheme_is_not_then_scrapped() =>
        With(Withdrawn()).When(Scrap(Day(2018, 11, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was withdrawn on 2018-10-01; it takes nothing further.");

    [Fact]
    public void a_scheme_is_scrapped_once() =>
        With(Scrapped()).When(Scrap(Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void the_bid_for_a_scrapped_scheme_is_not_then_withdrawn() =>
        With(Scrapped()).When(Withdraw(Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void a_bid_ended_later_is_still_ended_for_a_command_dated_before_its_end() =>
        With(Scrapped()).When(Withdraw(Day(2018, 1, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void no_withdrawal_is_dated_before_the_bid() =>
        With().When(Withdraw(Day(2017, 8, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was submitted on 2017-09-01; nothing of it can be recorded on 2017-08-01.");

    [Fact]
    public void no_scrapping_is_dated_before_the_bid() =>
        With().When(Scrap(Day(2017, 8, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was submitted on 2017-09-01; nothing of it can be recorded on 2017-08-01.");
}
