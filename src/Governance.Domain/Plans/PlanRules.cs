using Governance.Domain.ServiceChanges;
using Governance.Domain.Boards;
using Governance.Domain.Common;

namespace Governance.Domain.Plans;

/// <summary>The rules for a plan's milestones and amendments. Each returns the event to record, or why not.</summary>
public static class PlanRules
{
    public static Decision<PlanMilestoneReached> ReachMilestone(Plan plan, PlanMilestone milestone, EffectiveDate on,
        Provenance provenance) =>
        WhyClosed(plan, on.Date) is { } why
            ? Decision<PlanMilestoneReached>.Reject(why)
            : Decision<PlanMilestoneReached>.Accept(new PlanMilestoneReached(milestone, on, provenance));

    /// <param name="byDraftedOn">When the superseding plan was drafted; null when the footprint has no such plan.</param>
    public static Decision<PlanSuperseded> Supersede(Plan plan, string by, DateOnly? byDraftedOn, EffectiveDate on,
        Provenance provenance)
    {
        var why = WhyClosed(plan, on.Date)
                  ?? (by == plan.Id ? "A plan is not superseded by itself; name the later plan." : null)
                  ?? (byDraftedOn is not { } drafted
                      ? $"Footprint {plan.FootprintId} has no plan {by}; a plan is superseded by a later plan of its own footprint."
                      : drafted > on.Date
                          ? $"Plan {by} was drafted on {drafted:yyyy-MM-dd}; it cannot have superseded this one on {on}."
                          : null);
        return why is not null
            ? Decision<PlanSuperseded>.Reject(why)
            : Decision<PlanSuperseded>.Accept(new PlanSuperseded(by, on, provenance));
    }

    /// <param name="serviceChangeId">The proposed service change of the plan's footprint the amendment carries, if any.</param>
    public static Decision<AmendmentProposed> Propose(Plan plan, string amendmentId, IReadOnlyList<SectionChange> changes,
        string reason, EffectiveDate on, Provenance provenance, string? serviceChangeId = null)
    {
        var why = WhyClosed(plan, on.Date) ?? WhyNotChanges(plan, changes);
        return why is not null
            ? Decision<AmendmentProposed>.Reject(why)
            : Decision<AmendmentProposed>.Accept(new AmendmentProposed(amendmentId, changes, reason.Trim(), on, provenance,
                serviceChangeId));
    }

    public static Decision<AmendmentRebased> Rebase(Plan plan, string amendmentId, IReadOnlyList<SectionChange> changes,
        string reason, EffectiveDate on, Provenance provenance)
    {
        var why = WhyNotPending(plan, amendmentId) ?? WhyNotChanges(plan, changes)
                  ?? changes.Select(c => WhyStale(plan, c)).FirstOrDefault(w => w is not null);
        return why is not null
            ? Decision<AmendmentRebased>.Reject(why)
            : Decision<AmendmentRebased>.Accept(new AmendmentRebased(amendmentId, changes, reason.Trim(), on, provenance));
    }

    /// <param name="standing">What the ledger knows of the resolution cited as approving it.</param>
    /// <param name="serviceChange">Where the amendment carries a service change: whether that change was decided by
    /// the approval's date.</param>
    public static Decision<AmendmentApproved> Approve(Plan plan, string amendmentId, ApprovingDecision decision,
        ResolutionStanding standing, DateOnly effectiveFrom, EffectiveDate on, Provenance provenance,
        ServiceChangeStanding? serviceChange = null)
    {
        var why = WhyNotPending(plan, amendmentId) ?? standing.WhyNot(decision)
                  ?? (plan.Find(amendmentId)!.ServiceChangeId is { } carried
                      ? (serviceChange ?? new ServiceChangeStanding.Unknown(carried)).WhyNot(amendmentId, on.Date)
                      : null)
                  ?? WhyClosed(plan, effectiveFrom);
        if (why is null)
        {
            foreach (var change in plan.Find(amendmentId)!.Changes)
            {
                why = WhyStale(plan, change) ?? WhyOutOfOrder(plan, change.Section, effectiveFrom);
                if (why is not null) break;
            }
        }

        return why is not null
            ? Decision<AmendmentApproved>.Reject(why)
            : Decision<AmendmentApproved>.Accept(new AmendmentApproved(amendmentId, decision, effectiveFrom, on, provenance));
    }

    public static Decision<AmendmentRejected> Reject(Plan plan, string amendmentId, string reason, EffectiveDate on,
        Provenance provenance) =>
        WhyNotPending(plan, amendmentId) is { } why
            ? Decision<AmendmentRejected>.Reject(why)
            : Decision<AmendmentRejected>.Accept(new AmendmentRejected(amendmentId, reason.Trim(), on, provenance));

    public static Decision<AmendmentWithdrawn> Withdraw(Plan plan, string amendmentId, string reason, EffectiveDate on,
        Provenance provenance) =>
        WhyNotPending(plan, amendmentId) is { } why
            ? Decision<AmendmentWithdrawn>.Reject(why)
            : Decision<AmendmentWithdrawn>.Accept(new AmendmentWithdrawn(amendmentId, reason.Trim(), on, provenance));

    private static string? WhyClosed(Plan plan, DateOnly date)
    {
        if (date < plan.DraftedOn)
            return $"'{plan.Title}' was drafted on {plan.DraftedOn:yyyy-MM-dd}; nothing can take effect in it on {date:yyyy-MM-dd}.";
        return plan.Superseded is { } superseded && date >= superseded.Effective.Date
            ? $"'{plan.Title}' was superseded by plan {superseded.SupersededBy} on {superseded.Effective.Date:yyyy-MM-dd}; " +
              "amend the plan that superseded it."
            : null;
    }

    private static string? WhyNotPending(Plan plan, string amendmentId) => plan.Find(amendmentId) switch
    {
        null => $"'{plan.Title}' has no amendment {amendmentId}.",
        { Status: not AmendmentStatus.Proposed } a => $"Amendment {amendmentId} is already {a.Status.ToString().ToLowerInvariant()}.",
        _ => null,
    };

    private static string? WhyNotChanges(Plan plan, IReadOnlyList<SectionChange> changes)
    {
        foreach (var change in changes)
        {
            if (plan.Sections.All(s => s.Key != change.Section))
                return $"'{plan.Title}' has no section '{change.Section}'; its sections are {string.Join(", ", plan.Sections.Select(s => s.Key))}.";
            if (change.Text is null && change.Figures is null && change.Heading is null)
                return $"The change to '{change.Section}' changes nothing: give a new text, heading or figures.";
            if (change.DraftedAgainst > plan.RevisionOf(change.Section))
                return $"Section '{change.Section}' has no revision {change.DraftedAgainst} yet (it is at {plan.RevisionOf(change.Section)}).";
        }

        return changes.GroupBy(c => c.Section).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? $"An amendment changes section '{twice.Key}' once."
            : null;
    }

    private static string? WhyStale(Plan plan, SectionChange change)
    {
        var current = plan.RevisionOf(change.Section);
        if (change.DraftedAgainst == current) return null;
        var by = plan.ApprovedInEffectOrder().Last(a => a.Sections.Contains(change.Section));
        return $"Section '{change.Section}' has changed since this amendment was drafted: it was drafted against revision " +
               $"{change.DraftedAgainst}, and amendment {by.Id} has since made it revision {current}. " +
               "Rebase the amendment against the text now in force, so that no change is lost.";
    }

    private static string? WhyOutOfOrder(Plan plan, string section, DateOnly effectiveFrom) =>
        plan.ApprovedInEffectOrder().LastOrDefault(a => a.Sections.Contains(section)) is { } last
        && last.Approval!.EffectiveFrom > effectiveFrom
            ? $"Section '{section}' already has a change taking effect on {last.Approval.EffectiveFrom:yyyy-MM-dd} " +
              $"(amendment {last.Id}); a change drafted after it cannot take effect before it."
            : null;
}
