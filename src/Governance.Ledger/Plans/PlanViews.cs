using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

public sealed record AmendmentSummary(
    string Id, AmendmentStatus Status, IReadOnlyList<string> Sections, string Reason, DateOnly ProposedOn,
    ApprovingDecision? ApprovedBy, DateOnly? EffectiveFrom)
{
    public static AmendmentSummary Of(Amendment a) => new(a.Id, a.Status, a.Sections.ToList(), a.Reason, a.ProposedOn,
        a.Approval?.ApprovedBy, a.Approval?.EffectiveFrom);
}

/// <summary>A plan as at a date: the version in force (from when, until when or "current"), its sections, for each
/// section the amendment whose change is in force, and the changes approved by the date that take effect after it.</summary>
/// <c>Version</c> is the version of the text in force; <c>RecordVersion</c> is the plan record's, which a write sends.
public sealed record PlanAsAtView(
    string PlanId, string FootprintId, string Title, bool Illustrative, string? Notice, DateOnly AsOf, int Version,
    DateOnly InForceFrom, DateOnly? InForceUntil, bool Current, IReadOnlyList<PlanMilestoneReached> Milestones,
    PlanSuperseded? Superseded, IReadOnlyList<PlanSection> Sections, IReadOnlyList<AmendmentSummary> ChangesInForce,
    IReadOnlyList<AmendmentSummary> ChangesNotYetInEffect, long RecordVersion = 0)
{
    public const string IllustrativeNotice =
        "Illustrative content shipped with the ledger: not the historical record. Its milestone dates are sourced; its text is not.";

    public static PlanAsAtView Of(PlanRecord plan, IReadOnlyList<Recorded<PlanMilestoneReached>> milestones,
        PlanVersionRecord version, IReadOnlyList<AmendmentSummary> notYetInEffect, AsAtQuery query)
    {
        bool Seen<T>(Recorded<T> fact) where T : ILedgerEvent =>
            fact.Fact.Effective.Date <= query.AsOf && (query.KnownAt is null || fact.RecordedAt <= query.KnownAt);

        return new PlanAsAtView(plan.Id, plan.FootprintId, plan.Title, plan.Illustrative,
            plan.Illustrative ? IllustrativeNotice : null, query.AsOf, version.Number, version.InForceFrom,
            version.InForceUntil, version.InForceUntil is null, milestones.Where(Seen).Select(m => m.Fact).ToList(),
            plan.Superseded is { } superseded && Seen(superseded) ? superseded.Fact : null, version.Sections,
            version.SectionsLastChangedBy, notYetInEffect);
    }
}

public sealed record PlanVersionView(int Number, DateOnly InForceFrom, DateOnly? InForceUntil, AmendmentSummary? MadeBy,
    IReadOnlyList<PlanSection> Sections)
{
    public static PlanVersionView Of(PlanVersion v) => new(v.Number, v.InForceFrom, v.InForceUntil,
        v.MadeBy is null ? null : AmendmentSummary.Of(v.MadeBy), v.Sections);
}

/// <summary>What changed between two versions of a plan, section by section.</summary>
public sealed record PlanDiffView(string PlanId, int FromVersion, DateOnly FromInForce, int ToVersion, DateOnly ToInForce,
    IReadOnlyList<AmendmentSummary> ChangesBetween, IReadOnlyList<SectionDiff> Sections);
