using System.Globalization;
using Governance.Domain.Common;

namespace Governance.Domain.Funding;

/// <summary>What may be recorded of a bid and the money it gets.</summary>
public static class FundingRules
{
    /// <summary>The day STPs became the single application route for NHS transformation funding (timeline.csv,
    /// FundingRouteChanged, citing CIPFA on the 2017/18 planning guidance).</summary>
    public static readonly DateOnly TransformationThroughFootprintsFrom = new(2017, 4, 1);

    public static Decision<BidSubmitted> Submit(string footprintId, string scheme, IReadOnlyList<string> sponsors,
        decimal amountAsked, string fund, FundingRoute route, ApprovingDecision? sponsoredBy, string? planId, string? section,
        EffectiveDate on, Provenance provenance) =>
        amountAsked <= 0
            ? Decision<BidSubmitted>.Reject("A bid asks for an amount of money above nothing.")
            : route == FundingRoute.Transformation && on.Date < TransformationThroughFootprintsFrom
                ? Decision<BidSubmitted>.Reject(
                    $"Transformation funding was applied for through the footprint only from {TransformationThroughFootprintsFrom:yyyy-MM-dd}; this bid is dated {on.Date:yyyy-MM-dd}.")
                : Decision<BidSubmitted>.Accept(new BidSubmitted(footprintId, scheme.Trim(), sponsors.Select(s => s.Trim()).ToList(),
                    amountAsked, fund.Trim(), sponsoredBy, planId, section, on, provenance, route));

    /// <summary>Allocates money, provisionally or confirmed; more than was asked only with a recorded reason.</summary>
    public static Decision<FundingAllocated> Allocate(Bid bid, decimal amount, bool confirmed, string? reasonAboveBid,
        EffectiveDate on, Provenance provenance)
    {
        var why = WhyEnded(bid, on.Date)
                  ?? (amount <= 0 ? "An award is an amount of money above nothing." : null)
                  ?? (amount > bid.AmountAsked && string.IsNullOrWhiteSpace(reasonAboveBid)
                      ? $"An award of {Pounds(amount)} is more than the {Pounds(bid.AmountAsked)} asked; record why."
                      : null)
                  ?? (amount < bid.DrawnDown
                      ? $"An award of {Pounds(amount)} is less than the {Pounds(bid.DrawnDown)} already drawn down."
                      : null)
                  ?? (!confirmed && bid.Status == BidStatus.Confirmed
                      ? $"The award to '{bid.Scheme}' is already confirmed; a provisional allocation comes before it."
                      : null);
        return why is not null
            ? Decision<FundingAllocated>.Reject(why)
            : Decision<FundingAllocated>.Accept(new FundingAllocated(amount, confirmed,
                amount > bid.AmountAsked ? reasonAboveBid!.Trim() : null, on, provenance));
    }

    public static Decision<BusinessCaseApproved> ApproveBusinessCase(Bid bid, EffectiveDate on, Provenance provenance) =>
        (WhyEnded(bid, on.Date) ?? (bid.Status == BidStatus.Asked
            ? $"No money was allocated to '{bid.Scheme}'; there is no business case to approve."
            : bid.CaseApproved ? $"The business case for '{bid.Scheme}' is already approved." : null)) is { } why
            ? Decision<BusinessCaseApproved>.Reject(why)
            : Decision<BusinessCaseApproved>.Accept(new BusinessCaseApproved(on, provenance));

    /// <summary>Money is drawn only once the award is confirmed, while it is not paused, and never more than confirmed.</summary>
    public static Decision<FundingDrawnDown> DrawDown(Bid bid, decimal amount, EffectiveDate on, Provenance provenance)
    {
        var why = WhyEnded(bid, on.Date)
                  ?? (amount <= 0 ? "A drawdown is an amount of money above nothing." : null)
                  ?? (bid.Status != BidStatus.Confirmed ? "No money is drawn down before the award is confirmed." : null)
                  ?? (on.Date < bid.ConfirmedOn
                      ? $"The award to '{bid.Scheme}' was confirmed on {bid.ConfirmedOn:yyyy-MM-dd}; no money is drawn down before, on {on.Date:yyyy-MM-dd}."
                      : null)
                  ?? (bid.PausedOn is { } paused ? $"The funding of '{bid.Scheme}' is paused since {paused:yyyy-MM-dd}." : null)
                  ?? (bid.DrawnDown + amount > bid.Allocated
                      ? $"Drawing {Pounds(amount)} would take {Pounds(bid.DrawnDown + amount)}, more than the {Pounds(bid.Allocated)} confirmed."
                      : null);
        return why is not null
            ? Decision<FundingDrawnDown>.Reject(why)
            : Decision<FundingDrawnDown>.Accept(new FundingDrawnDown(amount, on, provenance));
    }

    public static Decision<FundingPaused> Pause(Bid bid, string reason, EffectiveDate on, Provenance provenance) =>
        (WhyEnded(bid, on.Date) ?? (bid.Status == BidStatus.Asked
            ? $"No money was allocated to '{bid.Scheme}'; there is nothing to pause."
            : bid.PausedOn is { } paused ? $"The funding of '{bid.Scheme}' is already paused since {paused:yyyy-MM-dd}." : null)) is { } why
            ? Decision<FundingPaused>.Reject(why)
            : Decision<FundingPaused>.Accept(new FundingPaused(reason.Trim(), on, provenance));

    public static Decision<FundingResumed> Resume(Bid bid, EffectiveDate on, Provenance provenance) =>
        (WhyEnded(bid, on.Date) ?? bid.PausedOn switch
        {
            null => $"The funding of '{bid.Scheme}' is not paused.",
            { } paused when on.Date < paused => $"The funding of '{bid.Scheme}' was paused on {paused:yyyy-MM-dd}; it resumes after that, not on {on.Date:yyyy-MM-dd}.",
            _ => null,
        }) is { } why
            ? Decision<FundingResumed>.Reject(why)
            : Decision<FundingResumed>.Accept(new FundingResumed(on, provenance));

    public static Decision<BidWithdrawn> Withdraw(Bid bid, string reason, EffectiveDate on, Provenance provenance) =>
        WhyEnded(bid, on.Date) is { } why
            ? Decision<BidWithdrawn>.Reject(why)
            : Decision<BidWithdrawn>.Accept(new BidWithdrawn(reason.Trim(), on, provenance));

    public static Decision<SchemeScrapped> Scrap(Bid bid, string reason, EffectiveDate on, Provenance provenance) =>
        WhyEnded(bid, on.Date) is { } why
            ? Decision<SchemeScrapped>.Reject(why)
            : Decision<SchemeScrapped>.Accept(new SchemeScrapped(reason.Trim(), on, provenance));

    /// <summary>A withdrawn bid or a scrapped scheme takes nothing further; nothing is recorded before the bid.</summary>
    private static string? WhyEnded(Bid bid, DateOnly on) => bid switch
    {
        { Status: BidStatus.Scrapped, EndedOn: var ended } =>
            $"'{bid.Scheme}' was scrapped on {ended:yyyy-MM-dd}; it takes nothing further.",
        { Status: BidStatus.Withdrawn, EndedOn: var ended } =>
            $"The bid for '{bid.Scheme}' was withdrawn on {ended:yyyy-MM-dd}; it takes nothing further.",
        _ when on < bid.SubmittedOn => $"The bid for '{bid.Scheme}' was submitted on {bid.SubmittedOn:yyyy-MM-dd}; nothing of it can be recorded on {on:yyyy-MM-dd}.",
        _ => null,
    };

    public static string Pounds(decimal amount) => "£" + amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
