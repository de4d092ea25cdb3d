using System.Text;
using Governance.Domain.Plans;
using Governance.Ledger.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

public static class PlanChangesPage
{
    public static ProblemDetails Validate(string? from, string? to) => AsAtQuery.Check(from, null) is { Status: not null } bad
        ? bad
        : AsAtQuery.Check(to, null);

    /// <summary>Which plans changed in a period (from 1 March 2016 and to today unless given): each amendment that came
    /// into force in it, and how many changes each section (the plans' themes) had.</summary>
    [AllowAnonymous]
    [WolverineGet("/plan-changes", OperationId = "PlanChangesPage")]
    public static async Task<IResult> Get(string? from, string? to, RecordReader record, TimeProvider clock, CancellationToken cancellation)
    {
        var start = from is null ? NationalPicture.Start : AsAtQuery.Parse(from, null, clock).AsOf;
        var end = AsAtQuery.Parse(to, null, clock).AsOf;
        var changes = new List<(PlanListing Plan, Amendment Amendment, string Heading)>();
        foreach (var listing in await record.Listings<PlanListing>().ToListAsync(cancellation))
        {
            var plan = (await PlanReader.LoadAsync(record, listing.Id, cancellation))!;
            foreach (var version in PlanVersions.Of(plan).Where(v => v.MadeBy is not null && v.InForceFrom >= start && v.InForceFrom <= end))
            foreach (var section in version.MadeBy!.Sections.Distinct())
                changes.Add((listing, version.MadeBy, version.Sections.FirstOrDefault(s => s.Key == section)?.Heading ?? section));
        }

        var rows = changes.OrderBy(c => c.Amendment.Approval!.EffectiveFrom).ThenBy(c => c.Plan.Id, StringComparer.Ordinal).ToList();
        var html = new StringBuilder($"<h1>Plan changes from {Html.Date(start)} to {Html.Date(end)}</h1>")
            .Append("<form class=\"date-control\" method=\"get\"><label for=\"from\">From</label> ")
            .Append($"<input type=\"date\" id=\"from\" name=\"from\" value=\"{start:yyyy-MM-dd}\"> <label for=\"to\">to</label> ")
            .Append($"<input type=\"date\" id=\"to\" name=\"to\" value=\"{end:yyyy-MM-dd}\"> <button type=\"submit\">Show</button></form>")
            .Append($"<p id=\"plan-change-summary\" data-count=\"{rows.Count}\">{rows.Select(r => r.Plan.Id).Distinct().Count()} plans changed; ")
            .Append($"{rows.Count} section changes.</p>")
            .Append("<table id=\"by-theme\"><caption>Changes by section</caption><thead><tr><th scope=\"col\">Section</th><th scope=\"col\">Changes</th><th scope=\"col\">Plans</th></tr></thead><tbody>")
            .Append(string.Concat(rows.GroupBy(r => r.Heading).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"<tr><td>{Html.Encode(g.Key)}</td><td>{g.Count()}</td><td>{g.Select(r => r.Plan.Id).Distinct().Count()}</td></tr>")))
            .Append("</tbody></table>")
            .Append("<table id=\"plan-changes\"><caption>Each change</caption><thead><tr><th scope=\"col\">In force from</th><th scope=\"col\">Plan</th>")
            .Append("<th scope=\"col\">Footprint</th><th scope=\"col\">Section</th><th scope=\"col\">Amendment</th><th scope=\"col\">Approved by</th></tr></thead><tbody>")
            .Append(string.Concat(rows.Select(r =>
                $"<tr><td>{Html.Date(r.Amendment.Approval!.EffectiveFrom)}</td><td><a href=\"/plans/{Html.Encode(r.Plan.Id)}\">{Html.Encode(r.Plan.Title)}</a>" +
                $"{(r.Plan.Illustrative ? " (illustrative)" : "")}</td><td>{Html.Encode(r.Plan.FootprintId)}</td><td>{Html.Encode(r.Heading)}</td>" +
                $"<td>{Html.Encode(r.Amendment.Id)}: {Html.Encode(r.Amendment.Reason)}</td><td>resolution {Html.Encode(r.Amendment.Approval.ApprovedBy.Resolution)}</td></tr>")))
            .Append("</tbody></table>");
        return Html.Page("Plan changes", html.ToString());
    }
}
