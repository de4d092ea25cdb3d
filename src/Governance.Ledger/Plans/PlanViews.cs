using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

public sealed record AmendmentSummary(
    string Id, AmendmentStatus Status, IReadOnlyList<string> Sections, string Reason, DateOnly ProposedOn,
    ApprovingDecision? ApprovedBy, DateOnly? EffectiveFrom)
{
    public static AmendmentSummary Of(Amendment a) => new(a.Id, a.Status, a.Sections.ToList(), a.Reason, a.ProposedOn,
        a.Approval?.ApprovedBy, a.Approval?.EffectiveFrom);
}

/// <summary>A plan as at a date: the version in force (from when, until when or "current"), its sections, the
/// changes that made it, and approved changes not yet in effect on the date.</summary>
public sealed record PlanAsAtView(
    string PlanId, string FootprintId, string Title, bool Illustrative, string? Notice, DateOnly AsOf, int Version,
    DateOnly InForceFrom, DateOnly? InForceUntil, bool Current, IReadOnlyList<PlanMilestoneReached> Milestones,
    PlanSuperseded? Superseded, IReadOnlyList<PlanSection> Sections, IReadOnlyList<AmendmentSummary> ChangesInForce,
    IReadOnlyList<AmendmentSummary> ChangesNotYetInEffect)
{
    public const string IllustrativeNotice =
        "Illustrative content shipped with the ledger: not the historical record. Its milestone dates are sourced; its text is not.";

    public static PlanAsAtView Of(PlanAsAt asAt)
    {
        var plan = asAt.Plan;
        var inForce = PlanVersions.Of(plan).Take(asAt.Version.Number + 1).Skip(1).Select(v => AmendmentSummary.Of(v.MadeBy!));
        return new PlanAsAtView(plan.Id, plan.FootprintId, plan.Title, plan.Illustrative,
            plan.Illustrative ? IllustrativeNotice : null, asAt.AsOf, asAt.Version.Number, asAt.Version.InForceFrom,
            asAt.Version.InForceUntil, asAt.Version.InForceUntil is null,
            plan.Milestones.Where(m => m.Effective.Date <= asAt.AsOf).ToList(),
            plan.Superseded is { } s && s.Effective.Date <= asAt.AsOf ? s : null,
            asAt.Version.Sections, inForce.ToList(), asAt.NotYetInEffect.Select(AmendmentSummary.Of).ToList());
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
