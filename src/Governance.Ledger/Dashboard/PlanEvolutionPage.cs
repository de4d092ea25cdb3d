using System.Globalization;
using System.Text;
using Governance.Domain.Plans;
using Governance.Ledger.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

public static class PlanEvolutionPage
{
    /// <summary>How one plan evolved: its versions on a timeline, each with the amendment and approving decision that
    /// made it; its figures by year across the versions as small multiples; and what changed between any two versions
    /// (<c>from</c> and <c>to</c>, version numbers; the first and the last unless given).</summary>
    [AllowAnonymous]
    [WolverineGet("/plans/{id}", OperationId = "PlanEvolutionPage")]
    public static async Task<IResult> Get(string id, int? from, int? to, RecordReader record, CancellationToken cancellation)
    {
        if (await PlanReader.LoadAsync(record, id, cancellation) is not { } plan) return PlanProblems.Unknown(id);
        var versions = PlanVersions.Of(plan);
        var (first, last) = (Math.Clamp(from ?? 0, 0, versions.Count - 1), Math.Clamp(to ?? versions.Count - 1, 0, versions.Count - 1));

        var html = new StringBuilder($"<h1>{Html.Encode(plan.Title)}</h1>")
            .Append($"<p class=\"facts\">Footprint <a href=\"/footprints/{Html.Encode(plan.FootprintId)}\">{Html.Encode(plan.FootprintId)}</a> · ")
            .Append($"drafted {Html.Date(plan.DraftedOn)} · {versions.Count} versions (<a href=\"/api/plans/{Html.Encode(id)}/versions\">JSON</a>)</p>");
        if (plan.Illustrative) html.Append($"<p class=\"notice\">{Html.Encode(PlanAsAtView.IllustrativeNotice)}</p>");

        html.Append("<section id=\"versions\"><h2>Versions</h2><figure>")
            .Append(Charts.Path("version-path", "The plan's versions over time",
                "Each mark is a version coming into force; the table below lists them in words.",
                versions.Select(v => (v.InForceFrom, $"Version {v.Number}", v.Number == 0 ? "pending" : "decided")).ToList(), []))
            .Append("</figure><table><thead><tr><th scope=\"col\">Version</th><th scope=\"col\">In force</th>")
            .Append("<th scope=\"col\">Made by</th><th scope=\"col\">Sections changed</th></tr></thead><tbody>")
            .Append(string.Concat(versions.Select(v =>
                $"<tr data-version=\"{v.Number}\"><td>{v.Number}</td><td>{Html.Date(v.InForceFrom)}{(v.InForceUntil is { } until ? $" to {Html.Date(until)}" : " (current)")}</td>" +
                $"<td>{(v.MadeBy is { } a ? $"amendment {Html.Encode(a.Id)}: {Html.Encode(a.Reason)}; approved by resolution {Html.Encode(a.Approval!.ApprovedBy.Resolution)}" : "as drafted")}</td>" +
                $"<td>{Html.Encode(string.Join(", ", v.MadeBy?.Sections ?? []))}</td></tr>")))
            .Append("</tbody></table></section>");

        html.Append(Figures(versions));
        html.Append(Diff(id, versions, first, last));
        return Html.Page($"{plan.Title}: how it evolved", html.ToString());
    }

    /// <summary>One small chart per figure: its amounts by year, one line per version.</summary>
    private static string Figures(IReadOnlyList<PlanVersion> versions)
    {
        var figures = versions.SelectMany(v => v.Sections.SelectMany(s => s.Figures.Select(f => (v.Number, Section: s.Heading, f.Label, f.Year, f.Amount))))
            .GroupBy(f => (f.Section, f.Label)).ToList();
        if (figures.Count == 0) return "";
        var html = new StringBuilder("<section id=\"figures\"><h2>Figures by year across the versions</h2><div class=\"multiples\">");
        var n = 0;
        foreach (var figure in figures)
        {
            var years = figure.Select(f => f.Year).Distinct().Order(StringComparer.Ordinal).ToList();
            var series = figure.GroupBy(f => f.Number).Select(v => (Version: v.Key,
                Values: years.Select(y => (double)(v.FirstOrDefault(f => f.Year == y).Amount)).ToList())).ToList();
            html.Append("<figure class=\"multiple\">")
                .Append(Charts.Small($"figure-{n++}", $"{figure.Key.Section}: {figure.Key.Label}",
                    $"{figure.Key.Label} by year in each version; the table of the diff below gives the numbers.", years,
                    series.Select(s => new Charts.Series($"Version {s.Version}", $"v{Math.Min(s.Version, 4)}", s.Values)).ToList()))
                .Append($"<figcaption>{Html.Encode(figure.Key.Section)}: {Html.Encode(figure.Key.Label)}</figcaption></figure>");
        }

        return html.Append("</div></section>").ToString();
    }

    private static string Diff(string id, IReadOnlyList<PlanVersion> versions, int first, int last)
    {
        string Options(int selected) => string.Concat(versions.Select(v =>
            $"<option value=\"{v.Number}\"{(v.Number == selected ? " selected" : "")}>Version {v.Number} ({v.InForceFrom:yyyy-MM-dd})</option>"));
        var html = new StringBuilder("<section id=\"diff\"><h2>What changed between two versions</h2>")
            .Append($"<form class=\"date-control\" method=\"get\"><label for=\"from\">From</label> <select id=\"from\" name=\"from\">{Options(first)}</select> ")
            .Append($"<label for=\"to\">to</label> <select id=\"to\" name=\"to\">{Options(last)}</select> <button type=\"submit\">Compare</button></form>")
            .Append($"<p>(<a href=\"/api/plans/{Html.Encode(id)}/diff?fromVersion={first}&amp;toVersion={last}\">JSON</a>)</p>");
        foreach (var section in PlanDiff.Between(versions[first].Sections, versions[last].Sections))
        {
            html.Append($"<h3 data-change=\"{section.Change}\">{Html.Encode(section.Heading)}</h3><p>")
                .Append(string.Join(' ', section.Words.Select(w => w.Change switch
                {
                    WordChange.Inserted => $"<ins>{Html.Encode(w.Text)}</ins>",
                    WordChange.Deleted => $"<del>{Html.Encode(w.Text)}</del>",
                    _ => Html.Encode(w.Text),
                })))
                .Append("</p>");
            var changed = section.Figures.Where(f => f.Before != f.After).ToList();
            if (changed.Count > 0)
                html.Append("<table class=\"figures\"><thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Year</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>")
                    .Append(string.Concat(changed.Select(f =>
                        $"<tr><td>{Html.Encode(f.Label)}</td><td>{Html.Encode(f.Year)}</td><td>{Amount(f.Before)}</td><td>{Amount(f.After)}</td></tr>")))
                    .Append("</tbody></table>");
        }

        return html.Append("</section>").ToString();
    }

    private static string Amount(decimal? amount) => amount?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "none";
}
