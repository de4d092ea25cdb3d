using System.Text;
using Governance.Domain.Boards;
using Governance.Domain.Footprints;
using Governance.Domain.Plans;
using Governance.Ledger.Boards;
using Governance.Ledger.Footprints;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Dashboard;

public static class FootprintPage
{
    public static ProblemDetails Validate(string? from) => AsAtQuery.Check(from, null);

    /// <summary>One footprint: its timeline of leads, the leaders, chairs and arrangements the sources report, designations, boards, resolutions, governance arrangements, shared
    /// decisions, engagement, consultations, service changes, ratings, bids, capital and plans up to a date, each linked to its full provenance;
    /// the arrangements in force, each body's forward plan, late additions, overdue actions and minutes, each service change's path from first engagement to decision, and the plans as at the
    /// date, with what changed in the plans since <c>from</c>.</summary>
    [AllowAnonymous]
    [WolverineGet("/footprints/{id}", OperationId = "FootprintPage")]
    public static async Task<IResult> Get(string id, string? from, RecordReader record, TimeProvider clock,
        CancellationToken cancellation)
    {
        var asOf = record.AsOf;
        var session = record.Session;
        var timeline = await record.FindAsync(id, cancellation);
        if (timeline is null) return FootprintProblems.Unknown(id);
        var footprint = timeline.AsAt(DateOnly.MaxValue)!;
        var shown = timeline.AsAt(asOf) ?? footprint;

        var entries = timeline.Events
            .Where(e => e.Event.Effective.IsDated() && e.Event.Effective.Date <= asOf)
            .Select(e => (e.Event.Effective.Date, Label: e.Event.Effective.ToString(), Html: Html.Encode(TimelineWords.Describe(e.Event)) +
                (e.Event is LeadershipChangeReported or ArrangementReported
                    ? ReportedGovernanceOnTheDashboard.SourceLink(e.Event)
                    : $" <a class=\"provenance\" href=\"/api/footprints/{Html.Encode(id)}/history\">provenance</a>")))
            .ToList();
        var bodies = await record.Listings<BodyListing>().Where(b => b.FootprintId == id).ToListAsync(cancellation);
        var sitting = new List<GoverningBody>();
        foreach (var listing in bodies.Where(b => b.ConstitutedOn <= asOf))
        {
            entries.Add((listing.ConstitutedOn, listing.ConstitutedOn.ToString("yyyy-MM-dd"),
                $"{Html.Encode(listing.Name)} constituted <a class=\"provenance\" href=\"/api/bodies/{listing.Id}?asOf={asOf:yyyy-MM-dd}\">record</a>"));
            var (body, meetings) = await record.BodyAsync(listing.Id, cancellation);
            if (body is not null) sitting.Add(body);
            foreach (var meeting in meetings)
            foreach (var resolution in meeting.Resolutions)
            {
                var (year, sequence) = (resolution.Number.Split('/')[0], resolution.Number.Split('/')[1]);
                entries.Add((meeting.Date, meeting.Date.ToString("yyyy-MM-dd"),
                    $"{Html.Encode(body!.Name)} resolution {Html.Encode(resolution.Number)} ({resolution.Recorded.Outcome}" +
                    $"{(resolution.Rescinded is null ? "" : ", later rescinded")}): {Html.Encode(resolution.Text)} " +
                    $"<a class=\"provenance\" href=\"/api/bodies/{listing.Id}/resolutions/{year}/{sequence}\">provenance</a>"));
            }
        }

        var governance = await GovernanceOnTheDashboard.ReadAsync(record, id, asOf, cancellation);
        entries.AddRange(governance.Entries);
        var serviceChanges = await ServiceChangesOnTheDashboard.ReadAsync(record, id, asOf, cancellation);
        entries.AddRange(serviceChanges.Entries);
        entries.AddRange(await RatingsAndFundingOnTheDashboard.EntriesAsync(record, id, asOf, cancellation));

        var plans = await record.Listings<PlanListing>().Where(p => p.FootprintId == id).ToListAsync(cancellation);
        var planSections = new StringBuilder();
        foreach (var listing in plans)
        {
            var plan = (await PlanRecords.HeaderAsync(record.Session, listing.Id, null, cancellation))!;
            var milestones = await PlanRecords.MilestonesAsync(record.Session, listing.Id, cancellation);
            foreach (var milestone in milestones.Select(m => m.Fact).Where(m => m.Effective.Date <= asOf))
                entries.Add((milestone.Effective.Date, milestone.Effective.ToString(), $"Plan: {Html.Encode(plan.Title)}: {milestone.Milestone}"));
            var since = from is null ? (DateOnly?)null : AsAtQuery.Parse(from, null, clock).AsOf;
            var version = await PlanRecords.InForceAsync(record.Session, listing.Id, asOf, null, cancellation);
            var before = since is { } f ? await PlanRecords.InForceAsync(record.Session, listing.Id, f, null, cancellation) : null;
            if (version is not null) planSections.Append(PlanAsAt(plan, version, before, asOf, since));
        }

        var body2 = new StringBuilder()
            .Append($"<h1>{Html.Encode(shown.Name)}</h1>")
            .Append($"<p class=\"facts\">Ledger id {Html.Encode(id)} · ONS code {Html.Encode(shown.Code)} · ")
            .Append($"{Html.Encode(NationalPicture.Describe(shown.Stage))} · region {Html.Encode(shown.Region ?? "not in the sources")} · ")
            .Append($"as at {Html.Date(asOf)}</p>")
            .Append($"<form class=\"date-control\" method=\"get\"><label for=\"asOf\">As at</label> ")
            .Append($"<input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"{asOf:yyyy-MM-dd}\"> ")
            .Append($"<label for=\"from\">compare plans with</label> <input type=\"date\" id=\"from\" name=\"from\" value=\"{from}\"> ")
            .Append("<button type=\"submit\">Show</button></form>")
            .Append("<section><h2>Timeline</h2><ol id=\"timeline\">")
            .Append(string.Concat(entries.OrderBy(e => e.Date).Select(e =>
                $"<li><time datetime=\"{e.Date:yyyy-MM-dd}\">{Html.Encode(e.Label)}</time> {e.Html}</li>")))
            .Append("</ol></section>")
            .Append(await GovernanceEvolution.SectionAsync(record, timeline, sitting, asOf, cancellation))
            .Append(governance.Section)
            .Append(ReportedGovernanceOnTheDashboard.Section(ReportedGovernance.On(timeline, asOf)))
            .Append(serviceChanges.Section)
            .Append(await SecretariatOnTheDashboard.SectionAsync(record, bodies, cancellation))
            .Append(planSections);
        return Html.Page(shown.Name, body2.ToString());
    }

    private static string PlanAsAt(PlanRecord plan, PlanVersionRecord version, PlanVersionRecord? before, DateOnly asOf,
        DateOnly? from)
    {
        var html = new StringBuilder($"<section class=\"plan\"><h2>{Html.Encode(plan.Title)} as at {Html.Date(asOf)}</h2>");
        if (plan.Illustrative) html.Append($"<p class=\"notice\">{Html.Encode(PlanAsAtView.IllustrativeNotice)}</p>");
        html.Append($"<p>Version {version.Number}, in force from {Html.Date(version.InForceFrom)} ")
            .Append(version.InForceUntil is { } until ? $"until {Html.Date(until)}" : "(current)")
            .Append(before is null ? "" : $"; changes since {Html.Date(from!.Value)} are marked")
            .Append($" (<a href=\"/api/plans/{plan.Id}?asOf={asOf:yyyy-MM-dd}\">JSON</a>, <a href=\"/plans/{plan.Id}\">how it evolved</a>)</p>");
        var diff = before is null ? null : PlanDiff.Between(before.Sections, version.Sections);
        foreach (var section in version.Sections)
        {
            html.Append($"<h3>{Html.Encode(section.Heading)}</h3><p>");
            var words = diff?.Single(d => d.Key == section.Key).Words;
            html.Append(words is null
                ? Html.Encode(section.Text)
                : string.Join(' ', words.Select(w => w.Change switch
                {
                    WordChange.Inserted => $"<ins>{Html.Encode(w.Text)}</ins>",
                    WordChange.Deleted => $"<del>{Html.Encode(w.Text)}</del>",
                    _ => Html.Encode(w.Text),
                })));
            html.Append("</p>");
        }

        return html.Append("</section>").ToString();
    }
}
