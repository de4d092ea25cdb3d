using System.Text;
using Governance.Domain.Engagement;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.Engagement;

namespace Governance.Ledger.Dashboard;

/// <summary>A footprint's engagement, consultations and proposed service changes, as timeline entries and as each
/// proposal's path from first engagement to decision.</summary>
public static class ServiceChangesOnTheDashboard
{
    public static async Task<(IReadOnlyList<(DateOnly Date, string Label, string Html)> Entries, string Section)> ReadAsync(
        RecordReader record, string footprintId, DateOnly asOf, CancellationToken cancellation)
    {
        var (engagement, proposals) = await EngagementRecords.WithProposalsAsync(record, footprintId, record.On(asOf),
            cancellation);
        var engagementLink = $" <a class=\"provenance\" href=\"/api/footprints/{Html.Encode(footprintId)}/engagement?asOf={asOf:yyyy-MM-dd}\">record</a>";
        var entries = engagement.Activities.Select(a => (a.HeldOn, a.HeldOn.ToString("yyyy-MM-dd"),
            Html.Encode($"{Describe(a.Kind)}: {a.Title}, with {a.With}" +
                        (a.Participants is { } n ? $" ({n} took part)" : "") + $". Heard: {a.Heard}") + engagementLink)).ToList();
        foreach (var proposal in proposals) entries.AddRange(Entries(proposal, asOf));

        var section = new StringBuilder();
        if (proposals.Count > 0)
        {
            section.Append("<section id=\"service-changes\"><h2>Service changes</h2>");
            foreach (var proposal in proposals)
                section.Append(PathOf(proposal, engagement.Activities.Where(a => a.ProposalId == proposal.Id).ToList(), asOf));
            section.Append("</section>");
        }

        return (entries, section.ToString());
    }

    private static string Describe(EngagementKind kind) => kind switch
    {
        EngagementKind.PublicMeeting => "Public meeting",
        EngagementKind.Survey => "Survey",
        EngagementKind.Workshop => "Workshop",
        EngagementKind.CitizensPanel => "Citizens' panel",
        EngagementKind.StaffEngagement => "Staff engagement",
        _ => "Patient group",
    };

    private static IEnumerable<(DateOnly, string, string)> Entries(ServiceChangeProposal p, DateOnly asOf)
    {
        var link = $" <a class=\"provenance\" href=\"/api/service-changes/{Html.Encode(p.Id)}?asOf={asOf:yyyy-MM-dd}\">record</a>";
        var title = Html.Encode(p.Title);
        yield return (p.ProposedOn, p.ProposedOn.ToString("yyyy-MM-dd"), $"Service change proposed: {title}{link}");
        if (p.Consultation is { } c)
        {
            yield return (c.Opens, c.Opens.ToString("yyyy-MM-dd"),
                $"Public consultation on {title} opened, {(c.OnOptions ? "on options" : "on one solution")}, closing {Html.Date(c.Closes)}{link}");
            if (c.ReportPublishedOn is { } published)
                yield return (published, published.ToString("yyyy-MM-dd"),
                    $"Consultation report on {title} published: {c.Responses} responses{link}");
        }

        if (p.Decision is { } d)
            yield return (d.Effective.Date, d.Effective.ToString(),
                $"Service change decided: {title}, by resolution {Html.Encode(d.By.Resolution)}" +
                (d.Gaps.Count > 0 ? $" (entered from its papers; its assurance lacked: {Html.Encode(string.Join("; ", d.Gaps))})" : "") + link);
    }

    private static string PathOf(ServiceChangeProposal p, IReadOnlyList<EngagementActivity> engagement, DateOnly asOf)
    {
        var steps = engagement.Select(a => (a.HeldOn, $"{Describe(a.Kind)}: {a.Title}", "engagement")).ToList();
        steps.Add((p.ProposedOn, "Proposed", "proposed"));
        if (p.Consultation?.ReportPublishedOn is { } published) steps.Add((published, "Consultation report published", "report"));
        steps.Add(p.Decision is { } d ? (d.Effective.Date, "Decided", "decided") : (asOf, "Not decided by this date", "pending"));
        var spans = p.Consultation is { } c ? [(c.Opens, c.Closes, "Public consultation")] : new List<(DateOnly, DateOnly, string)>();
        steps = steps.OrderBy(s => s.Item1).ToList();
        var description = string.Join("; ", steps.Select(s => $"{s.Item1:yyyy-MM-dd} {s.Item2}")) +
                          (p.Consultation is { } held ? $"; consultation {held.Opens:yyyy-MM-dd} to {held.Closes:yyyy-MM-dd}" : "");
        return $"<figure class=\"service-change\" data-proposal=\"{Html.Encode(p.Id)}\">" +
               Charts.Path($"path-{p.Id}", $"{p.Title}: from first engagement to decision", description, steps, spans) +
               $"<figcaption>{Html.Encode(p.Title)}: {Html.Encode(description)}</figcaption></figure>";
    }
}
