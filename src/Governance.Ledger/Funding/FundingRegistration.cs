using Governance.Domain.Funding;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.Funding;

/// <summary>Which bids there are, through which footprint.</summary>
public sealed record BidListing(string Id, string FootprintId, string Scheme, DateOnly SubmittedOn);

public sealed partial class BidListingsProjection : Marten.Events.Projections.EventProjection
{
    public BidListing Create(IEvent<BidSubmitted> e) => new(e.StreamKey!, e.Data.FootprintId, e.Data.Scheme, e.Data.Effective.Date);
}

public static class FundingRegistration
{
    public static readonly FoldProjection<Bid, BidSubmitted, IBidEvent> Bids = new();

    public static void AddFunding(this StoreOptions options)
    {
        options.Projections.Add(Bids, ProjectionLifecycle.Live);
        options.Projections.Add(new BidListingsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<BidListing>().Index(l => l.FootprintId);
    }
}

public static class BidProblems
{
    public static IResult Unknown(string id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No such bid", detail: $"The ledger has no bid '{id}'. GET /api/footprints/{{footprint}}/funding lists a footprint's.");
}
