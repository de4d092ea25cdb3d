using Governance.Domain.Funding;
using static Governance.Specifications.Funding.GivenABid;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>Funding once allocated may be paused, with a reason, and resumed; a pause holds until it is resumed.</summary>
public class pausing_and_resuming
{
    private static Func<Bid, Decision<FundingPaused>> Pause(DateOnly on, string reason = PauseReason) =>
        bid => FundingRules.Pause(bid, reason, OnThe(on), Letter);

    private static Func<Bid, Decision<FundingResumed>> Resume(DateOnly on) => bid => FundingRules.Resume(bid, OnThe(on), Letter);

    [Fact]
    public void confirmed_funding_is_paused_with_its_reason_without_stray_spaces() =>
        With(Awarded).When(Pause(Day(2018, 6, 1), $" {PauseReason} ")).Then(Paused());

    [Fact]
    public void a_provisional_allocation_may_be_paused() =>
        With(Provisional()).When(Pause(Day(2018, 6, 1))).Then(Paused());

    [Fact]
    public void there_is_nothing_to_pause_before_money_is_allocated() =>
        With().When(Pause(Day(2018, 6, 1)))
            .ThenRefused("No money was allocated to 'Eastbrook urgent treatment centre'; there is nothing to pause.");

    [Fact]
    public void paused_funding_is_not_paused_again() =>
        With([.. Awarded, Paused()]).When(Pause(Day(2018, 7, 1)))
            .ThenRefused("The funding of 'Eastbrook urgent treatment centre' is already paused since 2018-06-01.");

    [Fact]
    public void funding_resumed_may_be_paused_again() =>
        With([.. Awarded, Paused(), Resumed()]).When(Pause(Day(2018, 9, 1))).Then(Paused(Day(2018, 9, 1)));

    [Fact]
    public void paused_funding_is_resumed() =>
        With([.. Awarded, Paused()]).When(Resume(Day(2018, 8, 1))).Then(Resumed());

    [Fact]
    public void funding_that_is_not_paused_is_not_resumed() =>
        With(Awarded).When(Resume(Day(2018, 8, 1)))
            .ThenRefused("The funding of 'Eastbrook urgent treatment centre' is not paused.");

    [Fact]
    public void funding_resumed_is_not_resumed_again() =>
        With([.. Awarded, Paused(), Resumed()]).When(Resume(Day(2018, 9, 1)))
            .ThenRefused("The funding of 'Eastbrook urgent treatment centre' is not paused.");

    [Fact]
    public void the_funding_of_a_scrapped_scheme_is_not_paused() =>
        With([.. Awarded, Scrapped()]).When(Pause(Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void the_funding_of_a_scheme_scrapped_while_paused_is_not_resumed() =>
        With([.. Awarded, Paused(), Scrapped()]).When(Resume(Day(2018, 11, 1)))
            .ThenRefused("'Eastbrook urgent treatment centre' was scrapped on 2018-10-01; it takes nothing further.");

    [Fact]
    public void the_funding_of_a_bid_withdrawn_while_paused_is_not_resumed() =>
        With([.. Awarded, Paused(), Withdrawn()]).When(Resume(Day(2018, 11, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was withdrawn on 2018-10-01; it takes nothing further.");

    [Fact]
    public void no_pause_is_dated_before_the_bid() =>
        With(Awarded).When(Pause(Day(2017, 8, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was submitted on 2017-09-01; nothing of it can be recorded on 2017-08-01.");

    [Fact]
    public void no_resumption_is_dated_before_the_bid() =>
        With([.. Awarded, Paused()]).When(Resume(Day(2017, 8, 1)))
            .ThenRefused("The bid for 'Eastbrook urgent treatment centre' was submitted on 2017-09-01; nothing of it can be recorded on 2017-08-01.");

    [Fact]
    public void funding_resumes_after_its_pause_not_before() =>
        With([.. Awarded, Paused()]).When(Resume(Day(2018, 5, 1)))
            .ThenRefused("The funding of 'Eastbrook urgent treatment centre' was paused on 2018-06-01; it resumes after that, not on 2018-05-01.");
}
