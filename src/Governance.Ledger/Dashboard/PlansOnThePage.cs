using Governance.Domain.Plans;
using Governance.Ledger.Plans;

namespace Governance.Ledger.Dashboard;

/// <summary>A plan on a footprint's page: the version in force on the date, and the one in force on the comparison date.</summary>
public sealed record PlanOnThePage(PlanRecord Header, PlanVersionRecord Version, PlanVersionRecord? Before);

public static class PlansOnThePage
{
    /// <summary>The footprint's plans as known at the reader's moment, with their milestones: the listing, then one round
    /// trip for every plan's header, milestones and versions however many plans there are.</summary>
    public static async Task<(IReadOnlyList<PlanOnThePage> Plans, IReadOnlyList<(PlanRecord Plan, PlanMilestoneReached Milestone)> Milestones)>
        ReadAsync(RecordReader record, string footprintId, DateOnly? since, CancellationToken cancellation)
    {
        var ids = (await record.Listings<PlanListing>().Where(p => p.FootprintId == footprintId).ToListAsync(cancellation))
            .Select(p => p.Id).ToArray();
        if (ids.Length == 0) return ([], []);
        var knownAt = record.Clocks.KnownAt;
        var batch = record.Batch();
        var headers = batch.LoadMany<PlanRecord>().ById(ids);
        var milestones = batch.Query<PlanMilestoneRecord>().Where(m => m.PlanId.IsOneOf(ids)).ToList();
        var versions = ids.ToDictionary(id => id, id => (
            Now: PlanRecords.InForce(batch, id, record.AsOf, knownAt),
            Before: since is { } from ? PlanRecords.InForce(batch, id, from, knownAt) : Task.FromResult<PlanVersionRecord?>(null)));
        await batch.Execute(cancellation);

        var plans = (await headers).Where(p => knownAt is null || p.DraftedKnownFrom <= knownAt).ToDictionary(p => p.Id);
        var shown = new List<PlanOnThePage>();
        foreach (var id in ids)
        {
            if (plans.GetValueOrDefault(id) is { } plan && await versions[id].Now is { } version)
                shown.Add(new PlanOnThePage(plan, version, await versions[id].Before));
        }

        return (shown, (await milestones)
            .Where(m => plans.ContainsKey(m.PlanId) && (knownAt is null || m.Milestone.RecordedAt <= knownAt) && m.Milestone.Fact.Effective.Date <= record.AsOf)
            .OrderBy(m => m.Milestone.Fact.Effective.Date).ThenBy(m => m.Milestone.RecordedAt)
            .Select(m => (plans[m.PlanId], m.Milestone.Fact)).ToList());
    }
}
