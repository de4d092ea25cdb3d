using Governance.Domain.Footprints;
using Governance.Ledger.Dashboard.Components;
using Governance.Ledger.Footprints;
using Governance.Ledger.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

public static class NationalPage
{
    public static ProblemDetails Validate(string? map) =>
        map is null or "stage" or "rating" or "arrangement" or "activity"
            ? WolverineContinue.NoProblems
            : new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["map"] = ["Colour the map by 'stage', 'rating', 'arrangement' or 'activity'."],
            })
            {
                Status = StatusCodes.Status400BadRequest, Title = "The map cannot be coloured so",
            };

    /// <summary>Every footprint on a date with its stage and the progress rating it held (where the sources give one), on a
    /// schematic map of England coloured by stage, rating, reported arrangement or activity (<c>map=</c>) and in a table; a date control to move
    /// through time, counts per stage over time as a chart, the money, and what happened around the date.</summary>
    [AllowAnonymous]
    [WolverineGet("/", OperationId = "NationalPicturePage")]
    public static async Task<IResult> Get(string? map, RecordReader record, TimeProvider clock,
        CancellationToken cancellation)
    {
        var colouring = Enum.Parse<EnglandMap.Colouring>(map ?? "stage", ignoreCase: true);
        var asOf = record.AsOf;
        var today = clock.Today();
        var timelines = await FootprintRegistry.AllAsync(record, cancellation);
        var footprints = NationalPicture.On(timelines, asOf);
        var monthly = NationalPicture.Monthly(timelines, today);
        var months = monthly.Select(m => m.Date).ToList();
        var ratings = await RatingsAndFundingOnTheDashboard.RatingsOnAsync(record, asOf, cancellation);
        var (shade, legend) = await MapShades.ForAsync(colouring, timelines, ratings, record, asOf, cancellation);
        var money = await Funding.FundingReads.TotalsOnAsync(record, months, record.Clocks.KnownAt, cancellation);
        static IReadOnlyList<double> Millions(IEnumerable<decimal> pounds) => pounds.Select(p => (double)(p / 1_000_000m)).ToList();

        return Pages.Render<NationalView>(new()
        {
            ["Page"] = new NationalPicturePage(asOf, today, colouring, footprints, NationalPicture.CountOn(footprints, asOf), ratings,
                months,
                [
                    new("Sustainability and transformation plans", "stp", monthly.Select(m => (double)m.Plans).ToList()),
                    new("Partnerships", "partnership", monthly.Select(m => (double)m.Partnerships).ToList()),
                    new("Integrated care systems", "ics", monthly.Select(m => (double)m.IntegratedCareSystems).ToList()),
                    new("Integrated care boards", "icb", monthly.Select(m => (double)m.IntegratedCareBoards).ToList()),
                ],
                GovernanceNationally.Series(timelines, monthly), shade, legend,
                await Funding.FundingReads.TotalsAsync(record, record.Clocks, cancellation),
                (await record.StreamAsync(Funding.CapitalFundingImport.Stream, cancellation)).Select(e => e.Data)
                    .OfType<Domain.Funding.CapitalFundingReported>().Count(r => r.Effective.Date <= asOf),
                [
                    new("Asked", "asked", Millions(money.Select(t => t.Asked))),
                    new("Allocated", "allocated", Millions(money.Select(t => t.Allocated))),
                    new("Drawn down", "drawn", Millions(money.Select(t => t.DrawnDown))),
                ],
                (await NationalDirection.AsAtAsync(record, record.Clocks, cancellation)).Take(5).ToList(),
                AroundTheDate(timelines, asOf)),
        });
    }

    private static IReadOnlyList<Happening> AroundTheDate(IReadOnlyList<FootprintTimeline> timelines, DateOnly asOf) => timelines
        .SelectMany(t => t.Events.Select(e => (Footprint: t.Id, e.Event)))
        .Where(x => x.Event.Effective.Date > asOf.AddDays(-45) && x.Event.Effective.Date <= asOf.AddDays(45))
        .Where(x => x.Event is not (LeadAppointed or FootprintAssignedToRegion))
        .GroupBy(x => (x.Event.Effective.Date, Text: TimelineWords.Describe(x.Event)))
        .OrderBy(g => g.Key.Date)
        .Take(30)
        .Select(g => new Happening(g.Key.Date, g.First().Event.Effective.ToString(), g.Select(x => x.Footprint).ToList(), g.Key.Text))
        .ToList();
}

/// <summary>What happened around a date: the same words on the same day, for each footprint it happened in.</summary>
public sealed record Happening(DateOnly Date, string When, IReadOnlyList<string> Footprints, string Text);

/// <summary>What the national page shows on a date.</summary>
public sealed record NationalPicturePage(
    DateOnly AsOf, DateOnly Today, EnglandMap.Colouring Colouring, IReadOnlyList<Footprint> Footprints, StageCount Count,
    IReadOnlyDictionary<string, Domain.Assessments.RatingHeld> Ratings, IReadOnlyList<DateOnly> Months,
    IReadOnlyList<ChartSeries> Stages, IReadOnlyList<ChartSeries> Arrangements, Func<Footprint, EnglandMap.Shade> Shade,
    IReadOnlyList<EnglandMap.Shade> Legend, Funding.FundingTotals Totals, int CapitalReported, IReadOnlyList<ChartSeries> Money,
    IReadOnlyList<Domain.Footprints.NationalMilestoneReached> Direction, IReadOnlyList<Happening> Around);
