using System.Globalization;
using System.Text;
using Governance.Domain.Footprints;
using Governance.Ledger.Footprints;
using Governance.Ledger.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

/// <summary>The numbers behind the dashboard, as JSON and as CSV, so they can be taken elsewhere.</summary>
public static class DashboardData
{
    /// <summary>Every footprint on a date with its stage: the national view's table as JSON.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/national", OperationId = "NationalPicture")]
    public static async Task<IReadOnlyList<FootprintView>> National(RecordReader record,
        CancellationToken cancellation)
    {
        var asOf = record.AsOf;
        return NationalPicture.On(await FootprintRegistry.AllAsync(record, cancellation), asOf)
            .Select(f => FootprintView.Of(f, asOf)).ToList();
    }

    /// <summary>Every footprint on a date with its stage, as CSV.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/national.csv", OperationId = "NationalPictureCsv")]
    public static async Task<IResult> NationalCsv(RecordReader record,
        CancellationToken cancellation) =>
        Csv("footprints.csv", ["id", "code", "name", "region", "stage", "wave", "lead", "as_of"],
            (await National(record, cancellation)).Select(f => new[]
            {
                f.Id, f.Code, f.Name, f.Region ?? "", f.Stage.ToString(), f.Wave ?? "", f.Lead ?? "", f.AsOf.ToString("yyyy-MM-dd"),
            }));

    /// <summary>How many footprints stood at each stage on the first of every month since March 2016.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/stages", OperationId = "StagesOverTime")]
    public static async Task<IReadOnlyList<StageCount>> Stages(RecordReader record, TimeProvider clock,
        CancellationToken cancellation) =>
        NationalPicture.Monthly(await FootprintRegistry.AllAsync(record, cancellation), clock.Today());

    /// <summary>The stage counts month by month, as CSV.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/stages.csv", OperationId = "StagesOverTimeCsv")]
    public static async Task<IResult> StagesCsv(RecordReader record, TimeProvider clock, CancellationToken cancellation) =>
        Csv("stages.csv", ["month", "plans", "partnerships", "integrated_care_systems", "integrated_care_boards", "total"],
            (await Stages(record, clock, cancellation)).Select(c => new[]
            {
                c.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture), N(c.Plans), N(c.Partnerships),
                N(c.IntegratedCareSystems), N(c.IntegratedCareBoards), N(c.Total),
            }));

    public static IResult Csv(string file, string[] header, IEnumerable<string[]> rows) =>
        TypedResults.File(Encoding.UTF8.GetBytes(CsvText(header, rows)), "text/csv; charset=utf-8", file);

    public static string CsvText(string[] header, IEnumerable<string[]> rows)
    {
        var csv = new StringBuilder().AppendJoin(',', header).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting, and a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
    /// made text by a leading apostrophe.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
