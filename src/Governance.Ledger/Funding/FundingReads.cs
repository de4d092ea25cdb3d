using Governance.Domain.Funding;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Funding;

/// <summary>A footprint's bids and what was decided of them, and the national capital decisions the sources report for
/// it, as at a date.</summary>
public sealed record FootprintFundingView(string FootprintId, DateOnly AsOf, IReadOnlyList<Bid> Bids,
    IReadOnlyList<CapitalFundingReported> Reported);

/// <summary>National totals over the bids recorded, as at a date: asked, allocated (provisionally or confirmed),
/// confirmed, and drawn down, in pounds; and how much was asked by the transformation funding route.</summary>
public sealed record FundingTotals(DateOnly AsOf, int Bids, decimal Asked, decimal Allocated, decimal Confirmed, decimal DrawnDown,
    decimal TransformationAsked)
{
    public static FundingTotals Of(DateOnly asOf, IReadOnlyList<Bid> bids) => new(asOf, bids.Count, bids.Sum(b => b.AmountAsked),
        bids.Where(b => b.Status is BidStatus.ProvisionallyAllocated or BidStatus.Confirmed).Sum(b => b.Allocated),
        bids.Where(b => b.Status == BidStatus.Confirmed).Sum(b => b.Allocated), bids.Sum(b => b.DrawnDown),
        bids.Where(b => b.Route == FundingRoute.Transformation).Sum(b => b.AmountAsked));
}

public static class FundingReads
{
    /// <summary>A bid as at a date: the amount asked and what the centre had decided of it by then.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bids/{id}", OperationId = "GetBid")]
    public static async Task<IResult> Bid(string id, RecordReader record,
        CancellationToken cancellation) =>
        await record.AsAtWithVersionAsync(FundingRegistration.Bids, id, cancellation) is ({ } bid, var version)
            ? VersionedRead.Ok(bid, version)
            : BidProblems.Unknown(id);

    /// <summary>A footprint's bids and awards as at a date, and the national capital decisions the sources report for it.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{footprintId}/funding", OperationId = "GetFootprintFunding")]
    public static Task<FootprintFundingView> Footprint(string footprintId, RecordReader record, CancellationToken cancellation) =>
        FootprintAsync(record, footprintId, record.Clocks, cancellation);

    public static async Task<FootprintFundingView> FootprintAsync(RecordReader record, string footprintId, AsAtQuery query,
        CancellationToken cancellation)
    {
        var bids = await BidsAsync(record, query, footprintId, cancellation);
        var reported = (await record.EventsAsync([CapitalFundingImport.Stream], cancellation, query))[CapitalFundingImport.Stream]
            .Select(e => e.Data).OfType<CapitalFundingReported>().Where(r => r.FootprintId == footprintId).ToList();
        return new FootprintFundingView(footprintId, query.AsOf, bids, reported);
    }

    /// <summary>National totals asked, allocated, confirmed and drawn down over the bids the ledger holds, as at a date.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/funding/totals", OperationId = "GetFundingTotals")]
    public static Task<FundingTotals> Totals(RecordReader record,
        CancellationToken cancellation) =>
        TotalsAsync(record, record.Clocks, cancellation);

    public static async Task<FundingTotals> TotalsAsync(RecordReader record, AsAtQuery query, CancellationToken cancellation) =>
        FundingTotals.Of(query.AsOf, await BidsAsync(record, query, null, cancellation));

    /// <summary>National totals on each of the dates, as the ledger knew them at one moment: one read of the bids'
    /// events, folded up to each date.</summary>
    public static async Task<IReadOnlyList<FundingTotals>> TotalsOnAsync(RecordReader record, IReadOnlyList<DateOnly> dates,
        DateTimeOffset? knownAt, CancellationToken cancellation)
    {
        var (ids, events) = await BidEventsAsync(record, new AsAtQuery(dates.DefaultIfEmpty(DateOnly.MinValue).Max(), knownAt),
            null, cancellation);
        return dates.Select(date => FundingTotals.Of(date, Fold(ids, events, date))).ToList();
    }

    private static async Task<IReadOnlyList<Bid>> BidsAsync(RecordReader record, AsAtQuery query, string? footprintId,
        CancellationToken cancellation)
    {
        var (ids, events) = await BidEventsAsync(record, query, footprintId, cancellation);
        return Fold(ids, events, query.AsOf);
    }

    private static async Task<(IReadOnlyList<string> Ids, ILookup<string, IEvent> Events)> BidEventsAsync(RecordReader record,
        AsAtQuery query, string? footprintId, CancellationToken cancellation)
    {
        var ids = await record.Listings<BidListing>().Where(l => footprintId == null || l.FootprintId == footprintId)
            .Select(l => l.Id).ToListAsync(cancellation);
        return ids.Count == 0
            ? (ids, Array.Empty<IEvent>().ToLookup(e => e.StreamKey!))
            : (ids, await record.EventsAsync(ids, cancellation, query));
    }

    private static IReadOnlyList<Bid> Fold(IReadOnlyList<string> ids, ILookup<string, IEvent> events, DateOnly date) => ids
        .Select(id => FundingRegistration.Bids.Fold(id, events[id].Where(e => ((ILedgerEvent)e.Data).Effective.Date <= date)))
        .OfType<Bid>().OrderBy(b => b.SubmittedOn).ToList();
}
