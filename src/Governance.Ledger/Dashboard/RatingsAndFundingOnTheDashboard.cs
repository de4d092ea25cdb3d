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
        var assessments = await AssessmentReads.AsAtAsync(record, new AsAtQuery(asOf, null), cancellation);
        return assessments.SelectMany(a => a.Ratings.Keys).Distinct()
            .Select(id => (Id: id, Held: Assessment.HeldOn(assessments, id, asOf)))
            .Where(x => x.Held is not null)
            .ToDictionary(x => x.Id, x => x.Held!);
    }

    public static async Task<IReadOnlyList<(DateOnly Date, string Label, string Html)>> EntriesAsync(RecordReader record,
        string footprintId, DateOnly asOf, CancellationToken cancellation)
    {
        var entries = new List<(DateOnly, string, string)>();
        var ratings = await AssessmentReads.AsAtAsync(record, new AsAtQuery(asOf, null), cancellation);
        foreach (var held in ratings.Select(a => a.Ratings.GetValueOrDefault(footprintId)).OfType<RatingHeld>())
            entries.Add((held.PublishedOn, held.PublishedOn.ToString("yyyy-MM-dd"),
                $"Rated {Html.Encode(Describe(held.Rating))} in {Html.Encode(held.AssessmentTitle.Split(',')[0])} " +
                $"(the source says \"{Html.Encode(held.Stated)}\"; confidence {Html.Encode(held.Confidence)}) " +
                $"<a class=\"provenance\" href=\"{Html.Encode(held.Source.Reference)}\">source</a>"));

        var funding = await FundingReads.FootprintAsync(record, footprintId, new AsAtQuery(asOf, null), cancellation);
        foreach (var reported in funding.Reported)
            entries.Add((reported.Effective.Date, reported.Effective.ToString(),
                $"Capital ({Html.Encode(reported.Wave)}): {Html.Encode(reported.Scheme is { Length: > 0 } scheme ? scheme : "schemes not named")}" +
                (reported.AmountAsStated is { Length: > 0 } amount ? $", {Html.Encode(amount)}" : "") +
                $", {Html.Encode(reported.StatusAsStated)} <a class=\"provenance\" href=\"{Html.Encode(reported.Provenance.Source.Reference)}\">source</a>"));
        foreach (var bid in funding.Bids)
            entries.Add((bid.SubmittedOn, bid.SubmittedOn.ToString("yyyy-MM-dd"),
                $"Bid for {Html.Encode(bid.Scheme)}: {FundingRules.Pounds(bid.AmountAsked)} asked from {Html.Encode(bid.Fund)}; " +
                $"{Html.Encode(Status(bid))} by {Html.Date(asOf)} <a class=\"provenance\" href=\"/api/bids/{Html.Encode(bid.Id)}?asOf={asOf:yyyy-MM-dd}\">record</a>"));
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
