using Governance.Domain.Plans;
using Marten.Services.BatchQuerying;

namespace Governance.Ledger.Plans;

/// <summary>
/// One version of a plan's text as the ledger knew it between two moments: from <see cref="KnownFrom"/> (when the
/// approval that made it was recorded) until <see cref="KnownUntil"/> (when a later record, say an approval taking
/// effect earlier, renumbered or rewrote it), or still. Stored so that a plan as at any date, as known at any moment,
/// is one indexed row however long the plan's history.
/// </summary>
/// <param name="SectionsLastChangedBy">For each section changed so far, the amendment whose change is in force.</param>
public sealed record PlanVersionRecord(
    string Id, string PlanId, int Number, DateOnly InForceFrom, DateOnly? InForceUntil, AmendmentSummary? MadeBy,
    DateOnly? ApprovedOn, IReadOnlyList<PlanSection> Sections, IReadOnlyList<AmendmentSummary> SectionsLastChangedBy,
    DateTimeOffset KnownFrom, DateTimeOffset? KnownUntil);

/// <summary>What a plan says of itself beyond its text, each fact with the moment it was recorded.</summary>
public sealed record PlanRecord(
    string Id, string FootprintId, string Title, bool Illustrative, DateOnly DraftedOn, DateTimeOffset DraftedKnownFrom,
    Recorded<PlanSuperseded>? Superseded);

/// <summary>A milestone of a plan, stored as a row of its own so that recording one writes a row and reads nothing.</summary>
public sealed record PlanMilestoneRecord(string Id, string PlanId, Recorded<PlanMilestoneReached> Milestone);

public sealed record Recorded<T>(T Fact, DateTimeOffset RecordedAt);

/// <summary>Reads a plan's stored records as at a date and as known at a moment (now, when none).</summary>
public static class PlanRecords
{
    public static async Task<PlanRecord?> HeaderAsync(IQuerySession session, string id, DateTimeOffset? knownAt,
        CancellationToken cancellation) =>
        await session.LoadAsync<PlanRecord>(id, cancellation) is { } plan && (knownAt is null || plan.DraftedKnownFrom <= knownAt)
            ? plan
            : null;

    public static async Task<IReadOnlyList<Recorded<PlanMilestoneReached>>> MilestonesAsync(IQuerySession session,
        string id, CancellationToken cancellation) =>
        (await session.Query<PlanMilestoneRecord>().Where(m => m.PlanId == id).ToListAsync(cancellation))
        .Select(m => m.Milestone).OrderBy(m => m.Fact.Effective.Date).ThenBy(m => m.RecordedAt).ToList();

    public static Task<PlanVersionRecord?> InForceAsync(IQuerySession session, string id, DateOnly asOf,
        DateTimeOffset? knownAt, CancellationToken cancellation) =>
        Known(session.Query<PlanVersionRecord>().Where(v => v.PlanId == id && v.InForceFrom <= asOf), knownAt)
            .OrderByDescending(v => v.InForceFrom).ThenByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellation);

    /// <summary>The same, as one query of a batch (a page's plans read in one round trip).</summary>
    public static Task<PlanVersionRecord?> InForce(IBatchedQuery batch, string id, DateOnly asOf, DateTimeOffset? knownAt)
    {
        var versions = batch.Query<PlanVersionRecord>().Where(v => v.PlanId == id && v.InForceFrom <= asOf);
        return (knownAt is { } moment
                ? versions.Where(v => v.KnownFrom <= moment && (v.KnownUntil == null || v.KnownUntil > moment))
                : versions.Where(v => v.KnownUntil == null))
            .OrderByDescending(v => v.InForceFrom).ThenByDescending(v => v.Number)
            .FirstOrDefault();
    }

    /// <summary>Amendments approved by the date that take effect after it.</summary>
    public static async Task<IReadOnlyList<AmendmentSummary>> ApprovedNotYetInEffectAsync(IQuerySession session, string id,
        DateOnly asOf, DateTimeOffset? knownAt, CancellationToken cancellation) =>
        (await Known(session.Query<PlanVersionRecord>().Where(v => v.PlanId == id && v.InForceFrom > asOf && v.ApprovedOn <= asOf),
                knownAt)
            .OrderBy(v => v.InForceFrom).ThenBy(v => v.Number).ToListAsync(cancellation))
        .Select(v => v.MadeBy!).ToList();

    private static IQueryable<PlanVersionRecord> Known(IQueryable<PlanVersionRecord> versions, DateTimeOffset? knownAt) =>
        knownAt is { } moment
            ? versions.Where(v => v.KnownFrom <= moment && (v.KnownUntil == null || v.KnownUntil > moment))
            : versions.Where(v => v.KnownUntil == null);
}
