using Governance.Domain.Assessments;
using Governance.Domain.Footprints;
using Shade = Governance.Ledger.Dashboard.EnglandMap.Shade;

namespace Governance.Ledger.Dashboard;

/// <summary>How the map colours each footprint on a date, and its legend, for each colouring.</summary>
public static class MapShades
{
    private static readonly Shade NoneReported = new("Unrated", "none reported");

    public static async Task<(Func<Footprint, Shade> Shade, IReadOnlyList<Shade> Legend)> ForAsync(EnglandMap.Colouring colouring,
        IReadOnlyList<FootprintTimeline> timelines, IReadOnlyDictionary<string, RatingHeld> ratings, RecordReader record,
        DateOnly asOf, CancellationToken cancellation)
    {
        switch (colouring)
        {
            case EnglandMap.Colouring.Rating:
                return (f => ratings.GetValueOrDefault(f.Id) is { } held
                        ? new Shade(held.Rating.ToString(), RatingsAndFundingOnTheDashboard.Describe(held.Rating))
                        : new Shade("Unrated", "no sourced rating"),
                    [.. Enum.GetValues<Rating>().Select(r => new Shade(r.ToString(), RatingsAndFundingOnTheDashboard.Describe(r))),
                        new Shade("Unrated", "no sourced rating")]);
            case EnglandMap.Colouring.Arrangement:
                var latest = timelines.ToDictionary(t => t.Id, t => t.Events.Select(e => e.Event).OfType<ArrangementReported>()
                    .Where(r => r.Effective.IsDated() && r.Effective.Date <= asOf).MaxBy(r => r.Effective.Date)?.Kind);
                return (f => latest.GetValueOrDefault(f.Id) is { } kind ? new Shade(kind.ToString(), TimelineWords.Words(kind)) : NoneReported,
                    [.. Enum.GetValues<ReportedArrangementKind>().Select(k => new Shade(k.ToString(), TimelineWords.Words(k))), NoneReported]);
            case EnglandMap.Colouring.Activity:
                var counts = (await record.ResolutionsAsync(ResolutionsCountedBy.Footprint, cancellation, asOf.AddYears(-1).AddDays(1), asOf))
                    .ToDictionary(r => r.Key, r => r.Count);
                return (f => counts.GetValueOrDefault(f.Id) switch
                    {
                        0 => new Shade("Unrated", "no public resolutions in the year"),
                        var n and < 5 => new Shade("Few", $"{n} public resolutions in the year"),
                        var n and < 20 => new Shade("Some", $"{n} public resolutions in the year"),
                        var n => new Shade("Many", $"{n} public resolutions in the year"),
                    },
                    [new Shade("Few", "1 to 4"), new Shade("Some", "5 to 19"), new Shade("Many", "20 or more"), new Shade("Unrated", "none")]);
            default:
                return (f => new Shade(f.Stage.ToString(), NationalPicture.Describe(f.Stage)),
                    Enum.GetValues<FootprintStage>().Select(s => new Shade(s.ToString(), NationalPicture.Describe(s))).ToList());
        }
    }
}
