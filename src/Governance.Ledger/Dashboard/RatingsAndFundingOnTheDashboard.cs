using Governance.Domain.Assessments;
using Governance.Domain.Funding;
using Governance.Ledger.Assessments;
using Governance.Ledger.Funding;

namespace Governance.Ledger.Dashboard;

/// <summary>National assessments and money on the dashboard: a footprint's ratings, bids and reported capital on its
/// timeline, and each footprint's rating on the national page.</summary>
public static class RatingsAndFundingOnTheDashboard
{
    public static string Describe(Rating rating) => rating switch
    {
        Rating.Outstanding => "outstanding",
        Rating.Advanced => "advanced",
        Rating.MakingProgress => "making progress",
        _ => "needs most improvement",
    };

    /// <summary>The rating each footprint held on a date, by footprint id.</summary>
    public static async Task<IReadOnlyDictionary<string, RatingHeld>> RatingsOnAsync(RecordReader record, DateOnly asOf,
        CancellationToken cancellation)
    {
        var assessments = await AssessmentReads.AsAtAsync(record, record.On(asOf), cancellation);
        return assessments.SelectMany(a => a.Ratings.Keys).Distinct()
            .Select(id => (Id: id, Held: Assessment.HeldOn(assessments, id, asOf)))
            .Where(x => x.Held is not null)
            .ToDictionary(x => x.Id, x => x.Held!);
    }

    public static async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(RecordReader record, string footprintId, DateOnly asOf,
        CancellationToken cancellation)
    {
        var entries = new List<TimelineEntry>();
        var ratings = await AssessmentReads.AsAtAsync(record, record.On(asOf), cancellation);
        foreach (var held in ratings.Select(a => a.Ratings.GetValueOrDefault(footprintId)).OfType<RatingHeld>())
            entries.Add(TimelineEntry.On(held.PublishedOn,
                $"Rated {Describe(held.Rating)} in {held.AssessmentTitle.Split(',')[0]} (the source says \"{held.Stated}\"; confidence {held.Confidence})",
                "source", held.Source.Reference));

        var funding = await FundingReads.FootprintAsync(record, footprintId, record.On(asOf), cancellation);
        foreach (var reported in funding.Reported)
            entries.Add(new TimelineEntry(reported.Effective.Date, reported.Effective.ToString(),
                $"Capital ({reported.Wave}): {(reported.Scheme is { Length: > 0 } scheme ? scheme : "schemes not named")}" +
                (reported.AmountAsStated is { Length: > 0 } amount ? $", {amount}" : "") + $", {reported.StatusAsStated}",
                "source", reported.Provenance.Source.Reference));
        foreach (var bid in funding.Bids)
            entries.Add(TimelineEntry.On(bid.SubmittedOn,
                $"Bid for {bid.Scheme}: {FundingRules.Pounds(bid.AmountAsked)} asked from {bid.Fund}; {Status(bid)} by {Words.Date(asOf)}",
                "record", $"/api/bids/{bid.Id}?asOf={asOf:yyyy-MM-dd}"));
        return entries;
    }

    private static string Status(Bid bid) => bid.Status switch
    {
        BidStatus.Asked => "nothing decided",
        BidStatus.ProvisionallyAllocated => $"{FundingRules.Pounds(bid.Allocated)} provisionally allocated",
        BidStatus.Confirmed => $"{FundingRules.Pounds(bid.Allocated)} confirmed, {FundingRules.Pounds(bid.DrawnDown)} drawn",
        BidStatus.Withdrawn => "withdrawn",
        _ => "scrapped",
    };
}
