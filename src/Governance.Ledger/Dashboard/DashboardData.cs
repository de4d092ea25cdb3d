using System.Globalization;
using Governance.Domain.Footprints;
using Governance.Ledger.Footprints;
using Governance.Ledger.Infrastructure.Csv;
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
        CsvFile.Download("footprints.csv", ["id", "code", "name", "region", "stage", "wave", "lead", "as_of"],
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
        CsvFile.Download("stages.csv", ["month", "plans", "partnerships", "integrated_care_systems", "integrated_care_boards", "total"],
            (await Stages(record, clock, cancellation)).Select(c => new[]
            {
                c.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture), N(c.Plans), N(c.Partnerships),
                N(c.IntegratedCareSystems), N(c.IntegratedCareBoards), N(c.Total),
            }));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
