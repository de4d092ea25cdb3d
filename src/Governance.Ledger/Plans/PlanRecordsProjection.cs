using Governance.Domain.Plans;
using Marten.Events.Projections;

namespace Governance.Ledger.Plans;

/// <summary>
/// Keeps <see cref="PlanRecord"/> and <see cref="PlanVersionRecord"/> in step with a plan's stream, in the same
/// transaction. It folds the plan (from the store, up to the first event of the batch, then the batch in memory) with
/// the plan's own fold, and at each approval compares the versions before and after: the versions that stay are left
/// alone, the rest are closed as known until now and written anew as known from now.
/// </summary>
public sealed class PlanRecordsProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var stream in events.Where(e => e.Data is IPlanEvent).GroupBy(e => e.StreamKey!))
        {
            var batch = stream.OrderBy(e => e.Version).ToList();
            var earlier = batch[0].Version - 1;
            // Only an approval changes the versions, and only it needs the plan as it stood.
            var plan = earlier > 0 && batch.Any(e => e.Data is AmendmentApproved)
                ? await operations.Events.AggregateStreamAsync<Plan>(stream.Key, version: earlier, token: cancellation)
                : null;
            var stored = earlier > 0 && batch.Any(e => e.Data is PlanSuperseded)
                ? await operations.LoadAsync<PlanRecord>(stream.Key, cancellation)
                : null;
            var header = stored;
            var open = new OpenVersions(operations, stream.Key);
            foreach (var e in batch)
            {
                (plan, header) = await ApplyAsync(operations, open, plan, header, e, cancellation);
            }

            if (header is not null && !ReferenceEquals(header, stored)) operations.Store(header);
        }
    }

    private static async Task<(Plan?, PlanRecord?)> ApplyAsync(IDocumentOperations operations, OpenVersions open,
        Plan? plan, PlanRecord? header, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case PlanDrafted drafted:
                var begun = Plan.Begin(e.StreamKey!, drafted);
                await open.ReplaceFromAsync(0, PlanVersions.Of(begun), e, cancellation);
                return (begun, new PlanRecord(begun.Id, drafted.FootprintId, drafted.Title, drafted.Illustrative,
                    begun.DraftedOn, RecordedAt(e), null));
            case PlanMilestoneReached milestone:
                operations.Store(new PlanMilestoneRecord($"{e.StreamKey}/{e.Sequence}", e.StreamKey!, new(milestone, RecordedAt(e))));
                return (plan?.After(milestone), header);
            case PlanSuperseded superseded when header is not null:
                return (plan?.After(superseded), header with { Superseded = new(superseded, RecordedAt(e)) });
            case AmendmentApproved approved when plan is not null:
                var before = PlanVersions.Of(plan);
                var after = PlanVersions.Of(plan.After(approved));
                var same = 0;
                while (same < before.Count && Same(before[same], after[same])) same++;
                await open.ReplaceFromAsync(same, after, e, cancellation);
                return (plan.After(approved), header);
            case IPlanEvent change when plan is not null:
                return (plan.After(change), header);
            default:
                return (plan, header);
        }
    }

    /// <summary>When the event was recorded, as PostgreSQL keeps it (to the microsecond), so that the records built
    /// as it is appended and those rebuilt from the log later say the same.</summary>
    private static DateTimeOffset RecordedAt(IEvent e) => new(e.Timestamp.Ticks - e.Timestamp.Ticks % 10, e.Timestamp.Offset);

    private static bool Same(PlanVersion a, PlanVersion b) =>
        a.Number == b.Number && a.InForceFrom == b.InForceFrom && a.InForceUntil == b.InForceUntil && a.MadeBy?.Id == b.MadeBy?.Id;

    /// <summary>The versions of one plan known now, read from the store once and then followed in memory.</summary>
    private sealed class OpenVersions(IDocumentOperations operations, string planId)
    {
        private readonly Dictionary<int, PlanVersionRecord> _open = [];
        private readonly HashSet<string> _closed = [];

        public async Task ReplaceFromAsync(int from, IReadOnlyList<PlanVersion> versions, IEvent e, CancellationToken cancellation)
        {
            foreach (var row in await operations.Query<PlanVersionRecord>()
                         .Where(v => v.PlanId == planId && v.Number >= from && v.KnownUntil == null).ToListAsync(cancellation))
                if (!_closed.Contains(row.Id)) _open.TryAdd(row.Number, row);

            foreach (var stale in _open.Values.Where(v => v.Number >= from).ToList())
            {
                operations.Store(stale with { KnownUntil = RecordedAt(e) });
                _open.Remove(stale.Number);
                _closed.Add(stale.Id);
            }

            var lastChange = new Dictionary<string, AmendmentSummary>();
            foreach (var version in versions)
            {
                if (version.MadeBy is { } amendment)
                    foreach (var section in amendment.Sections) lastChange[section] = AmendmentSummary.Of(amendment);
                if (version.Number < from) continue;
                var row = new PlanVersionRecord($"{planId}/{version.Number}/{e.Sequence}", planId, version.Number,
                    version.InForceFrom, version.InForceUntil, version.MadeBy is null ? null : AmendmentSummary.Of(version.MadeBy),
                    version.MadeBy?.Approval!.Effective.Date, version.Sections, lastChange.Values.ToList(), RecordedAt(e), null);
                operations.Store(row);
                _open[row.Number] = row;
            }
        }
    }
}
