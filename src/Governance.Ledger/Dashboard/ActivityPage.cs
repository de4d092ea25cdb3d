using System.Globalization;
using Governance.Ledger.Dashboard.Components;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Plans;
using Governance.Ledger.Infrastructure.Csv;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

/// <summary>Resolutions of public meetings recorded per month (by meeting date) and per footprint, and amendments per
/// plan.</summary>
public sealed record Activity(
    IReadOnlyList<(string Month, int Resolutions)> PerMonth,
    IReadOnlyList<(string Footprint, string Name, int Resolutions)> PerFootprint,
    IReadOnlyList<(string Plan, string Title, int Amendments)> PerPlan);

public static class ActivityPage
{
    /// <summary>The activity page: resolutions per month and per footprint, amendments per plan.</summary>
    [AllowAnonymous]
    [WolverineGet("/activity", OperationId = "ActivityPage")]
    public static async Task<IResult> Get(RecordReader record, CancellationToken cancellation)
    {
        return Pages.Render<ActivityView>(new() { ["Activity"] = await ReadAsync(record, cancellation) });
    }

    /// <summary>Resolutions recorded per month, as CSV.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/activity.csv", OperationId = "ActivityCsv")]
    public static async Task<IResult> Csv(RecordReader record, CancellationToken cancellation) =>
        CsvFile.Download("activity.csv", ["month", "resolutions"],
            (await ReadAsync(record, cancellation)).PerMonth
            .Select(m => new[] { m.Month, m.Resolutions.ToString(CultureInfo.InvariantCulture) }));

    public static async Task<Activity> ReadAsync(RecordReader record, CancellationToken cancellation)
    {
        var perMonth = await record.ResolutionsAsync(ResolutionsCountedBy.Month, cancellation);
        var perFootprint = await record.ResolutionsAsync(ResolutionsCountedBy.Footprint, cancellation);
        var plans = await record.Listings<PlanListing>().ToListAsync(cancellation);
        var names = (await Footprints.FootprintRegistry.AllAsync(record, cancellation))
            .ToDictionary(t => t.Id, t => t.AsAt(DateOnly.MaxValue)?.Name ?? t.Id);
        var perPlan = await record.AmendmentsProposedAsync(plans, cancellation);
        return new Activity(perMonth, perFootprint.Select(f => (f.Key, names.GetValueOrDefault(f.Key, f.Key), f.Count)).ToList(), plans
            .Select(p => (p.Id, p.Title, perPlan[p.Id]))
            .OrderByDescending(p => p.Item3).ToList());
    }
}
