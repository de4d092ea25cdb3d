using Governance.Domain.Common;

namespace Governance.Domain.Engagement;

/// <summary>What changed because of an engagement, as the papers say.</summary>
public sealed record YouSaidWeDid(string Said, string Did, string? PlanId, IReadOnlyList<string> Amendments, DateOnly On);

/// <summary>One engagement activity and what came of it, folded from its stream.</summary>
public sealed record EngagementActivity(string Id, string FootprintId, EngagementKind Kind, string Title, string With,
    int? Participants, IReadOnlyList<SourceDocument> Materials, string Heard, string? PlanId, string? ProposalId,
    DateOnly HeldOn, IReadOnlyList<YouSaidWeDid> Outcomes)
    : IFoldedFrom<EngagementActivity, EngagementHeld, IEngagementEvent>
{
    public static EngagementActivity Begin(string id, EngagementHeld first) => new(id, first.FootprintId, first.Kind,
        first.Title, first.With, first.Participants, first.Materials, first.Heard, first.PlanId, first.ProposalId,
        first.Effective.Date, []);

    public EngagementActivity After(IEngagementEvent change) => change switch
    {
        EngagementActedOn e => this with
        {
            Outcomes = [.. Outcomes, new YouSaidWeDid(e.Said, e.Did, e.PlanId, e.Amendments, e.Effective.Date)],
        },
        _ => this,
    };
}

/// <summary>What may be recorded of engagement.</summary>
public static class EngagementRules
{
    public static Decision<EngagementHeld> Hold(string footprintId, EngagementKind kind, string title, string with,
        int? participants, IReadOnlyList<SourceDocument> materials, string heard, string? planId, string? proposalId,
        EffectiveDate on, Provenance provenance) =>
        participants < 0
            ? Decision<EngagementHeld>.Reject($"{participants} people cannot take part; give the number, or leave it out.")
            : Decision<EngagementHeld>.Accept(new EngagementHeld(footprintId, kind, title.Trim(), with.Trim(), participants,
                materials, heard.Trim(), planId, proposalId, on, provenance));

    /// <param name="amendmentsOfPlan">The amendments the named plan holds (empty when no plan is named).</param>
    public static Decision<EngagementActedOn> ActOn(EngagementActivity activity, string said, string did, string? planId,
        IReadOnlyList<string> amendments, IReadOnlySet<string> amendmentsOfPlan, EffectiveDate on, Provenance provenance)
    {
        var why = on.Date < activity.HeldOn
            ? $"'{activity.Title}' was held on {activity.HeldOn:yyyy-MM-dd}; nothing came of it on {on.Date:yyyy-MM-dd}."
            : amendments.Count > 0 && planId is null
                ? "Name the plan whose amendments it led to."
                : amendments.FirstOrDefault(a => !amendmentsOfPlan.Contains(a)) is { } unknown
                    ? $"Plan {planId} has no amendment {unknown}."
                    : null;
        return why is not null
            ? Decision<EngagementActedOn>.Reject(why)
            : Decision<EngagementActedOn>.Accept(new EngagementActedOn(said.Trim(), did.Trim(), planId, amendments, on, provenance));
    }
}
