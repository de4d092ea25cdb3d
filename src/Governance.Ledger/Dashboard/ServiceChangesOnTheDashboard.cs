using Governance.Domain.Engagement;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.Engagement;

namespace Governance.Ledger.Dashboard;

/// <summary>A footprint's engagement, consultations and proposed service changes, as timeline entries and as each
/// proposal's path from first engagement to decision.</summary>
public static class ServiceChangesOnTheDashboard
{
    public static async Task<(IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<ServiceChangePath> Paths)> ReadAsync(
        RecordReader record, string footprintId, DateOnly asOf, CancellationToken cancellation)
    {
        var (engagement, proposals) = await EngagementRecords.WithProposalsAsync(record, footprintId, record.On(asOf),
            cancellation);
        var engagementLink = $"/api/footprints/{footprintId}/engagement?asOf={asOf:yyyy-MM-dd}";
        var entries = engagement.Activities.Select(a => TimelineEntry.On(a.HeldOn,
            $"{Describe(a.Kind)}: {a.Title}, with {a.With}" + (a.Participants is { } n ? $" ({n} took part)" : "") + $". Heard: {a.Heard}",
            "record", engagementLink)).ToList();
        foreach (var proposal in proposals) entries.AddRange(Entries(proposal, asOf));
        return (entries, proposals.Select(p => PathOf(p, engagement.Activities.Where(a => a.ProposalId == p.Id).ToList(), asOf)).ToList());
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

    private static IEnumerable<TimelineEntry> Entries(ServiceChangeProposal p, DateOnly asOf)
    {
        var link = $"/api/service-changes/{p.Id}?asOf={asOf:yyyy-MM-dd}";
        yield return TimelineEntry.On(p.ProposedOn, $"Service change proposed: {p.Title}", "record", link);
        if (p.Consultation is { } c)
        {
            yield return TimelineEntry.On(c.Opens,
                $"Public consultation on {p.Title} opened, {(c.OnOptions ? "on options" : "on one solution")}, closing {Words.Date(c.Closes)}",
                "record", link);
            if (c.ReportPublishedOn is { } published)
                yield return TimelineEntry.On(published, $"Consultation report on {p.Title} published: {c.Responses} responses", "record", link);
        }

        if (p.Decision is { } d)
            yield return new TimelineEntry(d.Effective.Date, d.Effective.ToString(),
                $"Service change decided: {p.Title}, by resolution {d.By.Resolution}" +
                (d.Gaps.Count > 0 ? $" (entered from its papers; its assurance lacked: {string.Join("; ", d.Gaps)})" : ""), "record", link);
    }

    private static ServiceChangePath PathOf(ServiceChangeProposal p, IReadOnlyList<EngagementActivity> engagement, DateOnly asOf)
    {
        var steps = engagement.Select(a => (a.HeldOn, $"{Describe(a.Kind)}: {a.Title}", "engagement")).ToList();
        steps.Add((p.ProposedOn, "Proposed", "proposed"));
        if (p.Consultation?.ReportPublishedOn is { } published) steps.Add((published, "Consultation report published", "report"));
        steps.Add(p.Decision is { } d ? (d.Effective.Date, "Decided", "decided") : (asOf, "Not decided by this date", "pending"));
        var spans = p.Consultation is { } c ? [(c.Opens, c.Closes, "Public consultation")] : new List<(DateOnly, DateOnly, string)>();
        steps = steps.OrderBy(s => s.Item1).ToList();
        var description = string.Join("; ", steps.Select(s => $"{s.Item1:yyyy-MM-dd} {s.Item2}")) +
                          (p.Consultation is { } held ? $"; consultation {held.Opens:yyyy-MM-dd} to {held.Closes:yyyy-MM-dd}" : "");
        return new ServiceChangePath(p.Id, p.Title, description, steps, spans);
    }
}

/// <summary>A service change's path from first engagement to decision, as the page draws it.</summary>
public sealed record ServiceChangePath(string Id, string Title, string Description,
    IReadOnlyList<(DateOnly Date, string Label, string CssClass)> Steps, IReadOnlyList<(DateOnly From, DateOnly To, string Label)> Spans);
