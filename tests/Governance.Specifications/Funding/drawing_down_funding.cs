using Governance.Domain.Funding;
using static Governance.Specifications.Funding.GivenABid;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>
/// Money is drawn down only once the award is confirmed, while the funding is not paused, and never more in all than was
/// confirmed. A withdrawn bid or a scrapped scheme draws nothing further.
/// </summary>
public class drawing_down_funding
{
    private static Func<Bid, Decision<FundingDrawnDown>> DrawDown(decimal amount, DateOnly? on = null) =>
        bid => FundingRules.DrawDown(bid, amount, OnThe(on ?? Day(2018, 3, 1)), Letter);

    [Fact]
    public void money_is_drawn_down_from_a_confirmed_award() =>
        With(Awarded).When(DrawDown(500_000m)).Then(Drawn(500_000m));

    [Fact]
    public void the_business_case_need_not_be_approved_to_draw_from_a_confirmed_award() =>
        With(Confirmed()).When(DrawDown(500_000m)).Then(Drawn(500_000m));

    [Fact]
    public void no_money_is_drawn_down_before_any_award() =>
        With().When(DrawDown(500_000m)).ThenRefused("No money is drawn down before the award is confirmed.");

    [Fact]
    public void no_money_is_drawn_down_from_a_provisional_allocation() =>
        With(Provisional(), CaseApproved()).When(DrawDown(500_000m))
            .ThenRefused("No money is drawn down before the award is confirmed.");

    [Fact]
    public void the_whole_confirmed_award_may_be_drawn_in_parts() =>
        With([.. Awarded, Drawn(1_000_000m), Drawn(900_000m, Day(2018, 4, 1))]).When(DrawDown(500_000m, Day(2018, 5, 1)))
            .Then(Drawn(500_000m, Day(2018, 5, 1)));

    [Fact]
    public void never_more_is_drawn_in_all_than_was_confirmed() =>
        With([.. Awarded, Drawn(1_000_000m), Drawn(900_000m, Day(2018, 4, 1))]).When(DrawDown(500_000.01m, Day(2018, 5, 1)))
            .ThenRefused("Drawing £500,000.01 would take £2,400,000.01, more than the £2,400,000 confirmed.");

    [Fact]
    public void a_first_drawdown_larger_than_the_award_is_refused() =>
        With(Awarded).When(DrawDown(Asked))
            .ThenRefused("Drawing £2,500,000 would take £2,500,000, more than the £2,400,000 confirmed.");

    [Fact]
    public void a_drawdown_of_nothing_is_refused() =>
        With(Awarded).When(DrawDown(0m)).ThenRefused("A drawdown is an amount of money above nothing.");

    [Fact]
    public void a_drawdown_of_less_than_nothing_is_refused() =>
        With([.. Awarded, Drawn(500_000m)]).When(DrawDown(-100_000m)).ThenRefused("A drawdown is an amount of money above nothing.");

    [Fact]
    public void nothing_is_drawn_down_while_the_funding_is_paused() =>
        With([.. Awarded, Paused()]).When(DrawDown(500_000m, Day(2018, 7, 1)))
            .ThenRefused("The funding of 'Eastbrook urgent treatment centre' is paused since 2018-06-01.");

    [Fact]
    public void money_is_drawn_down_again_once_the_funding_resumes() =>
        With([.. Awarded, Paused(), Resumed()]).When(DrawDown(500_000m, Day(2018, 9, 1))).Then(Drawn(500_000m, Day(2018, 9, 1)));

    [Fact]
    public void that_the_award_is_not_confirmed_is_said_before_that_the_funding_is_paused() =>
        With(Provisional(), Paused()).When(DrawDown(500_000m, Day(2018, 7, 1)))
            .ThenRefused("No money is drawn down before the award is confirmed.");

    [Fact]
    public void nothing_is_drawn_down_for_a_scrapped_scheme() =>
        With([.. Awarded, Drawn(500_000m), Scrapped()]).When(DrawDown(500_000m, Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void nothing_is_drawn_down_for_a_withdrawn_bid() =>
        With([.. Awarded, Withdrawn()]).When(DrawDown(500_000m, Day(2018, 11, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was withdrawn on 2018-10-01; it takes nothing further.");

    [Fact]
    public void no_drawdown_is_dated_before_the_bid() =>
        With(Awarded).When(DrawDown(500_000m, Day(2017, 6, 30)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was submitted on 2017-09-01; nothing of it can be recorded on 2017-06-30.");

    [Fact]
    public void no_drawdown_is_dated_before_the_award_was_confirmed() =>
        With(Awarded).When(DrawDown(500_000m, Day(2017, 12, 1)))
            .ThenRefused("The award to 'Eastbrook urgent treatment centre' was confirmed on 2018-01-15; no money is drawn down before, on 2017-12-01.");
}
