using Governance.Domain.Funding;
using static Governance.Specifications.Funding.GivenABid;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>
/// The centre allocates money to a bid, provisionally or confirmed; never more than was asked without a recorded reason,
/// and never a provisional allocation once the award is confirmed. A withdrawn bid or a scrapped scheme takes nothing.
/// </summary>
public class allocating_funding
{
    private static Func<Bid, Decision<FundingAllocated>> Allocate(decimal amount, bool confirmed, DateOnly on,
        string? reasonAboveBid = null) =>
        bid => FundingRules.Allocate(bid, amount, confirmed, reasonAboveBid, OnThe(on), Letter);

    [Fact]
    public void a_bid_is_allocated_money_provisionally() =>
        With().When(Allocate(2_000_000m, false, Day(2017, 11, 1))).Then(Provisional());

    [Fact]
    public void a_provisional_allocation_is_confirmed() =>
        With(Provisional()).When(Allocate(2_400_000m, true, Day(2018, 1, 15))).Then(Confirmed());

    [Fact]
    public void an_award_may_be_confirmed_without_a_provisional_allocation_first() =>
        With().When(Allocate(2_400_000m, true, Day(2018, 1, 15))).Then(Confirmed());

    [Fact]
    public void a_provisional_allocation_may_be_revised_before_it_is_confirmed() =>
        With(Provisional()).When(Allocate(1_800_000m, false, Day(2017, 12, 1))).Then(Provisional(1_800_000m, Day(2017, 12, 1)));

    [Fact]
    public void a_confirmed_award_may_be_confirmed_again_at_a_new_amount() =>
        With(Confirmed()).When(Allocate(2_450_000m, true, Day(2018, 4, 1))).Then(Confirmed(2_450_000m, Day(2018, 4, 1)));

    [Fact]
    public void an_award_of_exactly_what_was_asked_needs_no_reason() =>
        With().When(Allocate(Asked, true, Day(2018, 1, 15))).Then(Confirmed(Asked));

    [Fact]
    public void a_reason_given_for_an_award_not_above_the_bid_is_not_kept() =>
        With().When(Allocate(Asked, true, Day(2018, 1, 15), "Inflation since the bid.")).Then(Confirmed(Asked));

    [Fact]
    public void an_award_larger_than_the_bid_is_refused_without_a_recorded_reason() =>
        With().When(Allocate(2_600_000m, true, Day(2018, 1, 15)))
            .ThenRefused("An award of £2,600,000 is more than the £2,500,000 asked; record why.");

    [Fact]
    public void a_blank_reason_is_no_reason_for_an_award_larger_than_the_bid() =>
        With().When(Allocate(2_600_000m, false, Day(2017, 11, 1), "  "))
            .ThenRefused("An award of £2,600,000 is more than the £2,500,000 asked; record why.");

    [Fact]
    public void an_award_larger_than_the_bid_is_recorded_with_its_reason_without_stray_spaces() =>
        With().When(Allocate(2_600_000m, true, Day(2018, 1, 15), " Building costs rose 4% since the bid. "))
            .Then(Confirmed(2_600_000m, reasonAboveBid: "Building costs rose 4% since the bid."));

    [Fact]
    public void an_award_of_nothing_is_refused() =>
        With().When(Allocate(0m, false, Day(2017, 11, 1))).ThenRefused("An award is an amount of money above nothing.");

    [Fact]
    public void an_award_of_less_than_nothing_is_refused() =>
        With().When(Allocate(-5_000m, true, Day(2017, 11, 1))).ThenRefused("An award is an amount of money above nothing.");

    [Fact]
    public void once_the_award_is_confirmed_a_provisional_allocation_is_refused() =>
        With(Provisional(), Confirmed()).When(Allocate(2_000_000m, false, Day(2018, 2, 1)))
            .ThenRefused("The award to 'Eastbrook urgent treatment centre' is already confirmed; a provisional allocation comes before it.");

    [Fact]
    public void a_scrapped_scheme_takes_no_award() =>
        With(Provisional(), Scrapped()).When(Allocate(2_400_000m, true, Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void a_withdrawn_bid_takes_no_award() =>
        With(Withdrawn(Day(2017, 10, 1))).When(Allocate(2_000_000m, false, Day(2017, 11, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was withdrawn on 2017-10-01; it takes nothing further.");

    [Fact]
    public void that_the_scheme_was_scrapped_is_said_before_anything_wrong_with_the_award() =>
        With(Scrapped()).When(Allocate(0m, false, Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void no_award_is_dated_before_the_bid() =>
        With().When(Allocate(2_000_000m, false, Day(2017, 8, 31)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was submitted on 2017-09-01; nothing of it can be recorded on 2017-08-31.");

    [Fact]
    public void an_award_may_be_made_on_the_day_of_the_bid() =>
        With().When(Allocate(2_000_000m, false, Day(2017, 9, 1))).Then(Provisional(on: Day(2017, 9, 1)));

    [Fact]
    public void a_confirmed_award_is_not_cut_below_what_is_already_drawn_down() =>
        With([.. Awarded, Drawn(2_000_000m)]).When(Allocate(1_500_000m, true, Day(2018, 4, 1)))
            .ThenRefused("An award of £1,500,000 is less than the £2,000,000 already drawn down.");
}
