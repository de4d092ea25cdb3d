using System.Globalization;
using Governance.Ledger.Dashboard.Components;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Plans;
using Governance.Ledger.Infrastructure.Csv;
using Microsoft.AspNetCore.Authorization;
using Npgsql;

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
    public static async Task<IResult> Get(NpgsqlDataSource database, RecordReader record, CancellationToken cancellation)
    {
        return Pages.Render<ActivityView>(new() { ["Activity"] = await ReadAsync(database, record, cancellation) });
    }

    /// <summary>Resolutions recorded per month, as CSV.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/dashboard/activity.csv", OperationId = "ActivityCsv")]
    public static async Task<IResult> Csv(NpgsqlDataSource database, RecordReader record, CancellationToken cancellation) =>
        CsvFile.Download("activity.csv", ["month", "resolutions"],
            (await ReadAsync(database, record, cancellation)).PerMonth
            .Select(m => new[] { m.Month, m.Resolutions.ToString(CultureInfo.InvariantCulture) }));

    public static async Task<Activity> ReadAsync(NpgsqlDataSource database, RecordReader record,
        CancellationToken cancellation)
    {
        var perMonth = await CountAsync(database, cancellation,
            $"select left(e.data->'effective'->>'date', 7), count(*) from {MartenSetup.Schema}.mt_events e " +
            $"join {MartenSetup.Schema}.mt_doc_meetinglisting m on m.id = e.stream_id " +
            $"where e.type = 'resolution_recorded' and {PublicOnly} group by 1 order by 1");
        var perFootprint = await CountAsync(database, cancellation,
            $"select b.data->>'footprintId', count(*) from {MartenSetup.Schema}.mt_events e " +
            $"join {MartenSetup.Schema}.mt_doc_meetinglisting m on m.id = e.stream_id " +
            $"join {MartenSetup.Schema}.mt_doc_bodylisting b on b.id = m.data->>'bodyId' " +
            $"where e.type = 'resolution_recorded' and {PublicOnly} group by 1 order by 2 desc");
        var plans = await record.Listings<PlanListing>().ToListAsync(cancellation);
        var names = (await Footprints.FootprintRegistry.AllAsync(record, cancellation))
            .ToDictionary(t => t.Id, t => t.AsAt(DateOnly.MaxValue)?.Name ?? t.Id);
        var perPlan = await CountAsync(database, cancellation,
            $"select stream_id, count(*) from {MartenSetup.Schema}.mt_events where type = 'amendment_proposed' group by 1");
        return new Activity(perMonth, perFootprint.Select(f => (f.Key, names.GetValueOrDefault(f.Key, f.Key), f.Count)).ToList(), plans
            .Select(p => (p.Id, p.Title, perPlan.FirstOrDefault(x => x.Key == p.Id).Count))
            .OrderByDescending(p => p.Item3).ToList());
    }

    /// <summary>Public resolutions per footprint whose meetings fell in a period, by footprint id.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> PerFootprintAsync(NpgsqlDataSource database, DateOnly from, DateOnly to,
        CancellationToken cancellation) =>
        (await CountAsync(database, cancellation,
            $"select b.data->>'footprintId', count(*) from {MartenSetup.Schema}.mt_events e " +
            $"join {MartenSetup.Schema}.mt_doc_meetinglisting m on m.id = e.stream_id " +
            $"join {MartenSetup.Schema}.mt_doc_bodylisting b on b.id = m.data->>'bodyId' " +
            $"where e.type = 'resolution_recorded' and {PublicOnly} " +
            $"and e.data->'effective'->>'date' between '{from:yyyy-MM-dd}' and '{to:yyyy-MM-dd}' group by 1"))
        .ToDictionary(r => r.Key, r => r.Count);

    // Public business only: the pages are public, and even a count would tell of a private meeting or item.
    private static readonly string PublicOnly = "(m.data->>'public')::boolean and not exists (select 1 from " + MartenSetup.Schema +
        ".mt_events a where a.stream_id = e.stream_id and a.type = 'agenda_item_added' and (a.data->>'private')::boolean " +
        "and lower(trim(e.data->>'item')) in (lower(a.data->>'number'), lower(a.data->>'title')))";

    private static async Task<List<(string Key, int Count)>> CountAsync(NpgsqlDataSource database,
        CancellationToken cancellation, string sql)
    {
        await using var command = database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<(string, int)>();
        while (await reader.ReadAsync(cancellation)) rows.Add((reader.GetString(0), (int)reader.GetInt64(1)));
        return rows;
    }
}
