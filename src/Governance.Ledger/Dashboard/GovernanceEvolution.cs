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
    public static async Task<IReadOnlyList<HeldSpan>> RowsAsync(RecordReader record, FootprintTimeline timeline, IReadOnlyList<GoverningBody> bodies,
        DateOnly asOf, CancellationToken cancellation)
    {
        var rows = bodies.OrderBy(b => b.ConstitutedOn)
            .Select(b => new HeldSpan($"Body: {b.Name}", b.ConstitutedOn, b.DissolvedOn, "body")).ToList();

        var arrangements = await record.AsAtAsync(SharedDecisionsRegistration.Arrangements, FootprintArrangements.StreamKey(timeline.Id),
            cancellation, record.On(asOf));
        rows.AddRange((arrangements?.Arrangements ?? []).Select(a => new HeldSpan($"Arrangement: {a.Terms[0].Description}", a.From, a.Until, "arrangement")));

        var leads = timeline.Events.Select(e => e.Event).OfType<LeadAppointed>().Where(e => e.Effective.Date <= asOf)
            .OrderBy(e => e.Effective.Date).ToList();
        rows.AddRange(leads.Select((lead, i) => new HeldSpan($"Lead: {lead.Lead}", lead.Effective.Date,
            i + 1 < leads.Count ? leads[i + 1].Effective.Date : (DateOnly?)null, "leader")));
        var reported = ReportedGovernance.On(timeline, asOf).Leadership;
        foreach (var person in reported.GroupBy(r => r.Person))
        {
            var start = person.FirstOrDefault(r => r.HoldsPost);
            if (start is null) continue;
            var end = person.FirstOrDefault(r => r.Change == LeadershipChange.Left && r.Effective.Date >= start.Effective.Date);
            rows.Add(new HeldSpan($"{person.Key} ({start.Role})", start.Effective.Date, end?.Effective.Date, "leader"));
        }

        return rows;
    }
}

/// <summary>Something that held from a date to a date (or still holds), drawn as a bar.</summary>
public sealed record HeldSpan(string Label, DateOnly From, DateOnly? To, string CssClass);
