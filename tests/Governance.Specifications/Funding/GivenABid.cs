using Governance.Domain.Funding;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>
/// A bid made through footprint QWE on 1 September 2017 for £2,500,000 of capital: the Eastbrook urgent treatment
/// centre, sponsored by Eastbrook CCG and Eastbrook Hospitals, on a resolution of the CCG's board and for the plan's
/// urgent care section. A provisional award follows on 1 November, a confirmed one on 15 January 2018, the business case
/// is approved on 1 February and money drawn from 1 March. The scheme, the fund, the amounts and the dates are invented.
/// </summary>
public static class GivenABid
{
    public const string Scheme = "Eastbrook urgent treatment centre";

    public const string Fund = "Wave 2 capital";

    public const decimal Asked = 2_500_000m;

    public static readonly ApprovingDecision BoardResolution = new("board-ccg", "2017/40");

    public static readonly IReadOnlyList<string> Sponsors = new List<string> { "Eastbrook CCG", "Eastbrook Hospitals NHS Trust" };

    public static readonly Provenance Letter = Minutes with { Source = new SourceDocument("Wave 2 capital award letter") };

    public static EffectiveDate OnThe(DateOnly day) => EffectiveDate.OnDay(day);

    public static readonly BidSubmitted Submitted = new("QWE", Scheme, Sponsors, Asked, Fund, BoardResolution, "plan-1",
        "urgent care", On(2017, 9, 1), Minutes);

    public static Given<Bid> With(params IBidEvent[] later) => Of(Submitted, later);

    public static Given<Bid> Of(BidSubmitted submitted, params IBidEvent[] later) =>
        new(History.Fold<Bid, BidSubmitted, IBidEvent>(submitted, later));

    /// <summary>The footprint a bid is made through, before there is any record of it.</summary>
    public static Given<string> InTheFootprint => new("QWE");

    public static FundingAllocated Provisional(decimal amount = 2_000_000m, DateOnly? on = null) =>
        new(amount, Confirmed: false, null, OnThe(on ?? Day(2017, 11, 1)), Letter);

    public static FundingAllocated Confirmed(decimal amount = 2_400_000m, DateOnly? on = null, string? reasonAboveBid = null) =>
        new(amount, Confirmed: true, reasonAboveBid, OnThe(on ?? Day(2018, 1, 15)), Letter);

    public static BusinessCaseApproved CaseApproved(DateOnly? on = null) => new(OnThe(on ?? Day(2018, 2, 1)), Minutes);

    public static FundingDrawnDown Drawn(decimal amount, DateOnly? on = null) => new(amount, OnThe(on ?? Day(2018, 3, 1)), Letter);

    public const string PauseReason = "The site survey found asbestos.";

    public static FundingPaused Paused(DateOnly? on = null) => new(PauseReason, OnThe(on ?? Day(2018, 6, 1)), Letter);

    public static FundingResumed Resumed(DateOnly? on = null) => new(OnThe(on ?? Day(2018, 8, 1)), Letter);

    public const string WithdrawReason = "The trust will fund the centre from its own capital.";

    public static BidWithdrawn Withdrawn(DateOnly? on = null) => new(WithdrawReason, OnThe(on ?? Day(2018, 10, 1)), Minutes);

    public const string ScrapReason = "The urgent care review moved the centre to Westbrook.";

    public static SchemeScrapped Scrapped(DateOnly? on = null) => new(ScrapReason, OnThe(on ?? Day(2018, 10, 1)), Minutes);

    /// <summary>Awarded in full: provisionally, then confirmed at £2,400,000, and its business case approved.</summary>
    public static IBidEvent[] Awarded => [Provisional(), Confirmed(), CaseApproved()];
}
