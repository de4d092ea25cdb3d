using System.Text;
using Governance.Domain.Footprints;
using Governance.Ledger.Footprints;
using Governance.Ledger.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Npgsql;

namespace Governance.Ledger.Dashboard;

public static class NationalPage
{
    public static ProblemDetails Validate(string? date, string? map) =>
        map is null or "stage" or "rating" or "arrangement" or "activity"
            ? AsAtQuery.Check(date, null)
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
    public static async Task<IResult> Get(string? map, RecordReader record, NpgsqlDataSource database, TimeProvider clock,
        CancellationToken cancellation)
    {
        var colouring = Enum.Parse<EnglandMap.Colouring>(map ?? "stage", ignoreCase: true);
        var asOf = record.AsOf;
        var today = clock.Today();
        var timelines = await FootprintRegistry.AllAsync(record, cancellation);
        var footprints = NationalPicture.On(timelines, asOf);
        var count = NationalPicture.CountOn(footprints, asOf);
        var monthly = NationalPicture.Monthly(timelines, today);
        var ratings = await RatingsAndFundingOnTheDashboard.RatingsOnAsync(record, asOf, cancellation);

        var body = new StringBuilder()
            .Append($"<h1>England's footprints on {Html.Date(asOf)}</h1>")
            .Append(DateControl(asOf, today, colouring))
            .Append($"<p id=\"summary\" data-count=\"{footprints.Count}\" data-boards=\"{count.IntegratedCareBoards}\">")
            .Append($"<strong>{footprints.Count} footprints</strong>: {count.Plans} sustainability and transformation plans, ")
            .Append($"{count.Partnerships} partnerships, {count.IntegratedCareSystems} integrated care systems, ")
            .Append($"{count.IntegratedCareBoards} integrated care boards.</p>")
            .Append("<figure>")
            .Append(Charts.Lines("stages", "Footprints at each stage, month by month",
                $"From March 2016 to {Html.Date(today)}; the marked line is {Html.Date(asOf)}. The same numbers are in /api/dashboard/stages.csv.",
                monthly.Select(m => m.Date).ToList(),
                [
                    new("Sustainability and transformation plans", "stp", monthly.Select(m => (double)m.Plans).ToList()),
                    new("Partnerships", "partnership", monthly.Select(m => (double)m.Partnerships).ToList()),
                    new("Integrated care systems", "ics", monthly.Select(m => (double)m.IntegratedCareSystems).ToList()),
                    new("Integrated care boards", "icb", monthly.Select(m => (double)m.IntegratedCareBoards).ToList()),
                ], asOf))
            .Append("<figcaption><span class=\"key stp\">STPs</span> <span class=\"key partnership\">partnerships</span> ")
            .Append("<span class=\"key ics\">integrated care systems</span> <span class=\"key icb\">integrated care boards</span> ")
            .Append("(<a href=\"/api/dashboard/stages.csv\">the numbers as CSV</a>)</figcaption></figure>")
            .Append(await MapAsync(colouring, timelines, footprints, ratings, database, asOf, cancellation))
            .Append(GovernanceNationally.Chart(timelines, monthly, asOf))
            .Append(await FundingSummaryAsync(record, asOf, cancellation))
            .Append(await FundingChartAsync(record, monthly.Select(m => m.Date).ToList(), asOf, today, cancellation))
            .Append(await DirectionAsync(record, asOf, cancellation))
            .Append(AroundTheDate(timelines, asOf))
            .Append(Table(footprints, ratings, asOf));
        return Html.Page($"Footprints on {Html.Date(asOf)}", body.ToString());
    }

    /// <summary>The latest national direction footprints answered to by the date.</summary>
    private static async Task<string> DirectionAsync(RecordReader record, DateOnly asOf, CancellationToken cancellation)
    {
        var direction = (await NationalDirection.AsAtAsync(record, new AsAtQuery(asOf, null), cancellation)).Take(5).ToList();
        if (direction.Count == 0) return "";
        return "<section id=\"direction\"><h2>National direction by this date</h2><ul>" + string.Concat(direction.Select(m =>
                   $"<li><time datetime=\"{m.Effective.Date:yyyy-MM-dd}\">{m.Effective}</time> {Html.Encode(m.Detail)} " +
                   $"<a class=\"provenance\" href=\"/api/national-direction?asOf={asOf:yyyy-MM-dd}\">record</a></li>")) +
               "</ul></section>";
    }

    /// <summary>The money on the date: the bids the ledger holds, and the national capital decisions the sources report.</summary>
    private static async Task<string> FundingSummaryAsync(RecordReader record, DateOnly asOf, CancellationToken cancellation)
    {
        var totals = await Funding.FundingReads.TotalsAsync(record, new AsAtQuery(asOf, null), cancellation);
        var reported = (await record.StreamAsync(Funding.CapitalFundingImport.Stream, cancellation))
            .Select(e => e.Data).OfType<Domain.Funding.CapitalFundingReported>().Count(r => r.Effective.Date <= asOf);
        return $"<p id=\"funding\" data-bids=\"{totals.Bids}\" data-reported=\"{reported}\">Money by this date: " +
               $"{reported} national capital decisions reported by the sources (on each footprint's page, with their sources); " +
               $"{totals.Bids} bids recorded, {Domain.Funding.FundingRules.Pounds(totals.Asked)} asked, " +
               $"{Domain.Funding.FundingRules.Pounds(totals.Allocated)} allocated, {Domain.Funding.FundingRules.Pounds(totals.Confirmed)} confirmed, " +
               $"{Domain.Funding.FundingRules.Pounds(totals.DrawnDown)} drawn down.</p>";
    }

    /// <summary>The bids' money month by month, in millions of pounds, beside the stages chart and on the same months.</summary>
    private static async Task<string> FundingChartAsync(RecordReader record, IReadOnlyList<DateOnly> months, DateOnly asOf,
        DateOnly today, CancellationToken cancellation)
    {
        var totals = await Funding.FundingReads.TotalsOnAsync(record, months, null, cancellation);
        static IReadOnlyList<double> Millions(IEnumerable<decimal> pounds) => pounds.Select(p => (double)(p / 1_000_000m)).ToList();
        return "<figure id=\"funding-over-time\">" +
               Charts.Lines("funding-chart", "Money through the bids recorded, month by month, in millions of pounds",
                   $"From March 2016 to {Html.Date(today)}; the marked line is {Html.Date(asOf)}. The numbers for any date are in /api/funding/totals?asOf=.",
                   months,
                   [
                       new("Asked", "asked", Millions(totals.Select(t => t.Asked))),
                       new("Allocated", "allocated", Millions(totals.Select(t => t.Allocated))),
                       new("Drawn down", "drawn", Millions(totals.Select(t => t.DrawnDown))),
                   ], asOf) +
               "<figcaption><span class=\"key asked\">asked</span> <span class=\"key allocated\">allocated</span> " +
               "<span class=\"key drawn\">drawn down</span>, £ millions, over the bids the ledger holds " +
               $"(<a href=\"/api/funding/totals?asOf={asOf:yyyy-MM-dd}\">the totals on the date</a>)</figcaption></figure>";
    }

    private static async Task<string> MapAsync(EnglandMap.Colouring colouring, IReadOnlyList<FootprintTimeline> timelines,
        IReadOnlyList<Footprint> footprints, IReadOnlyDictionary<string, Domain.Assessments.RatingHeld> ratings, NpgsqlDataSource database,
        DateOnly asOf, CancellationToken cancellation)
    {
        var (shade, legend) = await MapShades.ForAsync(colouring, timelines, ratings, database, asOf, cancellation);
        return EnglandMap.Render(footprints, shade, colouring, legend, asOf);
    }

    private static string DateControl(DateOnly asOf, DateOnly today, EnglandMap.Colouring colouring)
    {
        var days = today.DayNumber - NationalPicture.Start.DayNumber;
        return $"<form class=\"date-control\" method=\"get\" action=\"/\" data-start=\"{NationalPicture.Start:yyyy-MM-dd}\">" +
               $"<label for=\"asOf\">Show the footprints on</label> " +
               $"<input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"{asOf:yyyy-MM-dd}\" min=\"{NationalPicture.Start:yyyy-MM-dd}\" max=\"{today:yyyy-MM-dd}\"> " +
               (colouring == EnglandMap.Colouring.Stage ? "" : $"<input type=\"hidden\" name=\"map\" value=\"{colouring.ToString().ToLowerInvariant()}\">") +
               "<button type=\"submit\">Show</button> " +
               $"<label class=\"slider\">Move through time <input type=\"range\" id=\"date-slider\" min=\"0\" max=\"{days}\" " +
               $"value=\"{Math.Clamp(asOf.DayNumber - NationalPicture.Start.DayNumber, 0, days)}\"></label></form>";
    }

    private static string AroundTheDate(IReadOnlyList<FootprintTimeline> timelines, DateOnly asOf)
    {
        var from = asOf.AddDays(-45);
        var events = timelines
            .SelectMany(t => t.Events.Select(e => (Footprint: t.Id, e.Event)))
            .Where(x => x.Event.Effective.Date > from && x.Event.Effective.Date <= asOf.AddDays(45))
            .Where(x => x.Event is not (LeadAppointed or FootprintAssignedToRegion))
            .GroupBy(x => (x.Event.Effective.Date, Text: TimelineWords.Describe(x.Event)))
            .OrderBy(g => g.Key.Date)
            .Take(30)
            .ToList();
        if (events.Count == 0) return "";
        var items = string.Concat(events.Select(g =>
            $"<li><time datetime=\"{g.Key.Date:yyyy-MM-dd}\">{g.First().Event.Effective}</time> " +
            $"{string.Join(", ", g.Select(x => $"<a href=\"/footprints/{Html.Encode(x.Footprint)}?asOf={asOf:yyyy-MM-dd}\">{Html.Encode(x.Footprint)}</a>"))}: " +
            $"{Html.Encode(g.Key.Text)}</li>"));
        return $"<section id=\"around\"><h2>Around this date</h2><ul>{items}</ul></section>";
    }

    private static string Table(IReadOnlyList<Footprint> footprints, IReadOnlyDictionary<string, Domain.Assessments.RatingHeld> ratings,
        DateOnly asOf)
    {
        var rows = string.Concat(footprints.Select(f =>
            $"<tr data-stage=\"{f.Stage}\"><td><a href=\"/footprints/{Html.Encode(f.Id)}?asOf={asOf:yyyy-MM-dd}\">{Html.Encode(f.Name)}</a></td>" +
            $"<td>{Html.Encode(f.Code)}</td><td>{Html.Encode(f.Region ?? "not in the sources")}</td>" +
            $"<td>{Html.Encode(NationalPicture.Describe(f.Stage))}{(f.Wave is null ? "" : $" (wave of {Html.Encode(f.Wave)})")}</td>" +
            $"<td>{Html.Encode(f.Lead ?? "")}</td>" +
            $"<td class=\"rating\">{(ratings.GetValueOrDefault(f.Id) is { } held ? Html.Encode(RatingsAndFundingOnTheDashboard.Describe(held.Rating)) : "")}</td></tr>"));
        return "<table id=\"footprints\"><caption>Footprints on " + Html.Date(asOf) +
               $" (<a href=\"/api/dashboard/national.csv?asOf={asOf:yyyy-MM-dd}\">CSV</a>, " +
               $"<a href=\"/api/dashboard/national?asOf={asOf:yyyy-MM-dd}\">JSON</a>)</caption>" +
               "<thead><tr><th scope=\"col\">Footprint</th><th scope=\"col\">ONS code</th><th scope=\"col\">Region</th>" +
               $"<th scope=\"col\">Stage</th><th scope=\"col\">Lead</th><th scope=\"col\">Progress rating</th></tr></thead><tbody>{rows}</tbody></table>";
    }
}
