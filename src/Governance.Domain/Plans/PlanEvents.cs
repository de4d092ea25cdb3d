using Governance.Domain.Common;

namespace Governance.Domain.Plans;

/// <summary>A figure in a plan's finance section: what it measures, for which financial year, in £ million.</summary>
public sealed record FinancialFigure(string Label, string Year, decimal Amount);

/// <summary>A section of a plan: a priority (urgent and emergency care, primary care, ...) or the finance section.</summary>
public sealed record PlanSection(string Key, string Heading, string Text, IReadOnlyList<FinancialFigure> Figures);

public enum PlanMilestone
{
    DraftSubmitted,
    FinalSubmitted,
    Published,
    Refreshed,
}


/// <summary>One section's change in an amendment, drafted against the section's revision it names.</summary>
/// <param name="Text">The section's new text; null keeps the text.</param>
/// <param name="Figures">The section's new figures; null keeps the figures.</param>
public sealed record SectionChange(string Section, int DraftedAgainst, string? Heading, string? Text,
    IReadOnlyList<FinancialFigure>? Figures);

/// <summary>An event in a plan's own stream.</summary>
public interface IPlanEvent : ILedgerEvent;

/// <param name="Illustrative">True for the sample plans the ledger ships: never the historical record.</param>
public sealed record PlanDrafted(string FootprintId, string Title, IReadOnlyList<PlanSection> Sections, bool Illustrative,
    EffectiveDate Effective, Provenance Provenance) : IPlanEvent;

public sealed record PlanMilestoneReached(PlanMilestone Milestone, EffectiveDate Effective, Provenance Provenance) : IPlanEvent;

public sealed record PlanSuperseded(string SupersededBy, EffectiveDate Effective, Provenance Provenance) : IPlanEvent;

/// <param name="ServiceChangeId">The proposed service change the amendment carries, if any: it cannot be approved
/// before that change is decided.</param>
public sealed record AmendmentProposed(string AmendmentId, IReadOnlyList<SectionChange> Changes, string Reason,
    EffectiveDate Effective, Provenance Provenance, string? ServiceChangeId = null) : IPlanEvent;

/// <summary>The amendment redrafted against the sections' current revisions, so that it overwrites nothing unseen.</summary>
public sealed record AmendmentRebased(string AmendmentId, IReadOnlyList<SectionChange> Changes, string Reason,
    EffectiveDate Effective, Provenance Provenance) : IPlanEvent;

/// <param name="EffectiveFrom">When the change takes effect in the plan, which may differ from the approval date.</param>
public sealed record AmendmentApproved(string AmendmentId, ApprovingDecision ApprovedBy, DateOnly EffectiveFrom,
    EffectiveDate Effective, Provenance Provenance) : IPlanEvent;

public sealed record AmendmentRejected(string AmendmentId, string Reason, EffectiveDate Effective, Provenance Provenance)
    : IPlanEvent;

public sealed record AmendmentWithdrawn(string AmendmentId, string Reason, EffectiveDate Effective, Provenance Provenance)
    : IPlanEvent;
