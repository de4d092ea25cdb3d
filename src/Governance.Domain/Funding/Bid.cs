using Governance.Domain.Common;

namespace Governance.Domain.Funding;

public enum BidStatus
{
    Asked,
    ProvisionallyAllocated,
    Confirmed,
    Withdrawn,
    Scrapped,
}

/// <summary>The national route a bid goes by: capital for STP schemes, or NHS transformation funding, for which the
/// footprint became the single application route from 1 April 2017.</summary>
public enum FundingRoute
{
    Capital,
    Transformation,
}

/// <summary>A bid and what the centre decided of it, folded from its stream.</summary>
public sealed record Bid(string Id, string FootprintId, string Scheme, IReadOnlyList<string> Sponsors, decimal AmountAsked,
    string Fund, ApprovingDecision? SponsoredBy, string? PlanId, string? Section, DateOnly SubmittedOn, BidStatus Status,
    decimal Allocated, decimal DrawnDown, bool CaseApproved, DateOnly? PausedOn, DateOnly? EndedOn, DateOnly? ConfirmedOn = null,
    FundingRoute Route = FundingRoute.Capital)
    : IFoldedFrom<Bid, BidSubmitted, IBidEvent>
{
    public static Bid Begin(string id, BidSubmitted first) => new(id, first.FootprintId, first.Scheme, first.Sponsors,
        first.AmountAsked, first.Fund, first.SponsoredBy, first.PlanId, first.Section, first.Effective.Date, BidStatus.Asked,
        0, 0, false, null, null, Route: first.Route);

    public Bid After(IBidEvent change) => change switch
    {
        FundingAllocated e => this with
        {
            Allocated = e.Amount, Status = e.Confirmed ? BidStatus.Confirmed : BidStatus.ProvisionallyAllocated,
            ConfirmedOn = e.Confirmed ? ConfirmedOn ?? e.Effective.Date : null,
        },
        BusinessCaseApproved => this with { CaseApproved = true },
        FundingDrawnDown e => this with { DrawnDown = DrawnDown + e.Amount },
        FundingPaused e => this with { PausedOn = e.Effective.Date },
        FundingResumed => this with { PausedOn = null },
        BidWithdrawn e => this with { Status = BidStatus.Withdrawn, EndedOn = e.Effective.Date },
        SchemeScrapped e => this with { Status = BidStatus.Scrapped, EndedOn = e.Effective.Date },
        _ => this,
    };
}
