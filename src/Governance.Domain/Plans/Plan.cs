using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.Plans;

public enum AmendmentStatus
{
    Proposed,
    Approved,
    Rejected,
    Withdrawn,
}

/// <summary>An amendment as it stands: its changes (as last rebased), and what became of it.</summary>
public sealed record Amendment(
    string Id, IReadOnlyList<SectionChange> Changes, string Reason, DateOnly ProposedOn, AmendmentStatus Status,
    AmendmentApproved? Approval, long ApprovalSequence, string? ServiceChangeId = null)
{
    public IEnumerable<string> Sections => Changes.Select(c => c.Section);
}

/// <summary>A plan's record in the order it was made: its first text, milestones, and amendments with their fate.</summary>
public sealed record Plan(
    string Id,
    string FootprintId,
    string Title,
    bool Illustrative,
    DateOnly DraftedOn,
    ImmutableList<PlanSection> Sections,
    ImmutableList<PlanMilestoneReached> Milestones,
    ImmutableList<Amendment> Amendments,
    PlanSuperseded? Superseded,
    int ApprovedCount) : IFoldedFrom<Plan, PlanDrafted, IPlanEvent>
{
    public static Plan Begin(string id, PlanDrafted first) => new(id, first.FootprintId, first.Title, first.Illustrative,
        first.Effective.Date, [.. first.Sections], [], [], null, 0);

    public Plan After(IPlanEvent change) => change switch
    {
        PlanMilestoneReached e => this with { Milestones = Milestones.Add(e) },
        PlanSuperseded e => this with { Superseded = e },
        AmendmentProposed e => this with
        {
            Amendments = Amendments.Add(new Amendment(e.AmendmentId, e.Changes, e.Reason, e.Effective.Date,
                AmendmentStatus.Proposed, null, 0, e.ServiceChangeId)),
        },
        AmendmentRebased e => Update(e.AmendmentId, a => a with { Changes = e.Changes }),
        AmendmentApproved e => Update(e.AmendmentId, a => a with
        {
            Status = AmendmentStatus.Approved, Approval = e, ApprovalSequence = ApprovedCount + 1,
        }) with { ApprovedCount = ApprovedCount + 1 },
        AmendmentRejected e => Update(e.AmendmentId, a => a with { Status = AmendmentStatus.Rejected }),
        AmendmentWithdrawn e => Update(e.AmendmentId, a => a with { Status = AmendmentStatus.Withdrawn }),
        _ => this,
    };

    public Amendment? Find(string amendmentId) => Amendments.FirstOrDefault(a => a.Id == amendmentId);

    /// <summary>Approved amendments in the order they take effect (then the order approved).</summary>
    public IEnumerable<Amendment> ApprovedInEffectOrder() => Amendments
        .Where(a => a.Approval is not null)
        .OrderBy(a => a.Approval!.EffectiveFrom)
        .ThenBy(a => a.ApprovalSequence);

    /// <summary>How many approved amendments have changed a section: the revision a new change is drafted against.</summary>
    public int RevisionOf(string section) => ApprovedInEffectOrder().Count(a => a.Sections.Contains(section));

    // Amendments are decided soon after they are proposed, so look from the end.
    private Plan Update(string amendmentId, Func<Amendment, Amendment> change) =>
        Amendments.FindLastIndex(a => a.Id == amendmentId) is var index and >= 0
            ? this with { Amendments = Amendments.SetItem(index, change(Amendments[index])) }
            : this;
}
