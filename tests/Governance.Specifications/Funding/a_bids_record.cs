using Governance.Domain.Funding;
using static Governance.Specifications.Funding.GivenABid;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>What a bid's events add up to: what was asked, what was allocated and drawn, and whether it is paused or ended.</summary>
public class a_bids_record
{
    [Fact]
    public void a_bid_is_what_was_asked_from_the_day_it_was_submitted()
    {
        var bid = With().State;
        (bid.Id, bid.FootprintId, bid.Scheme, bid.AmountAsked, bid.Fund, bid.SponsoredBy, bid.PlanId, bid.Section, bid.SubmittedOn)
            .ShouldBe(("stream-1", "QWE", Scheme, Asked, Fund, BoardResolution, "plan-1", "urgent care", Day(2017, 9, 1)));
        bid.Sponsors.ShouldBe(Sponsors);
    }

    [Fact]
    public void a_new_bid_is_asked_with_nothing_allocated_drawn_approved_paused_or_ended()
    {
        var bid = With().State;
        (bid.Status, bid.Allocated, bid.DrawnDown, bid.CaseApproved, bid.PausedOn, bid.EndedOn)
            .ShouldBe((BidStatus.Asked, 0m, 0m, false, (DateOnly?)null, (DateOnly?)null));
    }

    [Fact]
    public void a_provisional_allocation_is_kept_as_the_amount_allocated() =>
        With(Provisional()).State.ShouldSatisfyAllConditions(
            bid => bid.Status.ShouldBe(BidStatus.ProvisionallyAllocated),
            bid => bid.Allocated.ShouldBe(2_000_000m));

    [Fact]
    public void a_confirmed_award_replaces_the_provisional_amount() =>
        With(Provisional(), Confirmed()).State.ShouldSatisfyAllConditions(
            bid => bid.Status.ShouldBe(BidStatus.Confirmed),
            bid => bid.Allocated.ShouldBe(2_400_000m));

    [Fact]
    public void an_approved_business_case_is_kept() => With(Awarded).State.CaseApproved.ShouldBeTrue();

    [Fact]
    public void drawdowns_add_up() =>
        With([.. Awarded, Drawn(1_000_000m), Drawn(250_000.5m, Day(2018, 4, 1))]).State.DrawnDown.ShouldBe(1_250_000.5m);

    [Fact]
    public void a_pause_is_kept_with_its_day_until_the_funding_resumes()
    {
        With([.. Awarded, Paused()]).State.PausedOn.ShouldBe(Day(2018, 6, 1));
        With([.. Awarded, Paused(), Resumed()]).State.PausedOn.ShouldBeNull();
    }

    [Fact]
    public void a_withdrawn_bid_keeps_the_day_it_ended_and_what_it_had() =>
        With([.. Awarded, Drawn(500_000m), Withdrawn()]).State.ShouldSatisfyAllConditions(
            bid => bid.Status.ShouldBe(BidStatus.Withdrawn),
            bid => bid.EndedOn.ShouldBe(Day(2018, 10, 1)),
            bid => bid.Allocated.ShouldBe(2_400_000m),
            bid => bid.DrawnDown.ShouldBe(500_000m));

    [Fact]
    public void a_scrapped_scheme_keeps_the_day_it_ended() =>
        With(Scrapped(Day(2018, 9, 30))).State.ShouldSatisfyAllConditions(
            bid => bid.Status.ShouldBe(BidStatus.Scrapped),
            bid => bid.EndedOn.ShouldBe(Day(2018, 9, 30)));

    [Fact]
    public void a_second_submission_in_a_bids_stream_changes_nothing() =>
        With(Provisional(), Submitted with { AmountAsked = 1m }).State.ShouldBe(With(Provisional()).State);
}
