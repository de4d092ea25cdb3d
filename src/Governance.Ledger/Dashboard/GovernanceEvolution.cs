using Governance.Domain.Footprints;
using Governance.Domain.SharedDecisions;
using Governance.Domain.Boards;
using Governance.Ledger.SharedDecisions;

namespace Governance.Ledger.Dashboard;

/// <summary>A footprint's governance as bars over time up to the page's date: its bodies from constitution to
/// dissolution, its arrangements in force, its leads, and the leaders and chairs the sources report in post.</summary>
public static class GovernanceEvolution
{
    /// <param name="bodies">The footprint's bodies as they stood on the date.</param>
    public static async Task<string> SectionAsync(RecordReader record, FootprintTimeline timeline, IReadOnlyList<GoverningBody> bodies,
        DateOnly asOf, CancellationToken cancellation)
    {
        var rows = bodies.OrderBy(b => b.ConstitutedOn)
            .Select(b => ($"Body: {b.Name}", b.ConstitutedOn, b.DissolvedOn, "body")).ToList();

        var arrangements = await SharedDecisionsRegistration.Arrangements.AsAtAsync(record.Session,
            FootprintArrangements.StreamKey(timeline.Id), new AsAtQuery(asOf, null), cancellation);
        rows.AddRange((arrangements?.Arrangements ?? []).Select(a => ($"Arrangement: {a.Terms[0].Description}", a.From, a.Until, "arrangement")));

        var leads = timeline.Events.Select(e => e.Event).OfType<LeadAppointed>().Where(e => e.Effective.Date <= asOf)
            .OrderBy(e => e.Effective.Date).ToList();
        rows.AddRange(leads.Select((lead, i) => ($"Lead: {lead.Lead}", lead.Effective.Date,
            i + 1 < leads.Count ? leads[i + 1].Effective.Date : (DateOnly?)null, "leader")));
        var reported = ReportedGovernance.On(timeline, asOf).Leadership;
        foreach (var person in reported.GroupBy(r => r.Person))
        {
            var start = person.FirstOrDefault(r => r.HoldsPost);
            if (start is null) continue;
            var end = person.FirstOrDefault(r => r.Change == LeadershipChange.Left && r.Effective.Date >= start.Effective.Date);
            rows.Add(($"{person.Key} ({start.Role})", start.Effective.Date, end?.Effective.Date, "leader"));
        }

        if (rows.Count == 0) return "";
        var last = asOf > NationalPicture.Start.AddYears(1) ? asOf : NationalPicture.Start.AddYears(1);
        return "<section id=\"governance-evolution\"><h2>Governance over time</h2><figure>" +
               Charts.Spans("governance-spans", $"Bodies, arrangements, leads and reported leaders to {Html.Date(asOf)}",
                   "One bar per body, arrangement, lead and reported leader, from its start to its end (or to the date shown); " +
                   "the timeline above lists each in words.", NationalPicture.Start, last, rows, asOf) +
               "<figcaption><span class=\"key span-key body\">bodies</span> <span class=\"key span-key arrangement\">arrangements</span> " +
               "<span class=\"key span-key leader\">leads and reported leaders</span></figcaption></figure></section>";
    }
}
