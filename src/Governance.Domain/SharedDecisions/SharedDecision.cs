using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.SharedDecisions;

public enum SharedDecisionStatus
{
    AwaitingRatification,
    InEffect,
    Defeated,
    Lapsed,
    Withdrawn,
}

public enum PartnerResponse
{
    Awaiting,
    Ratified,
    Declined,
    LeftBeforeDeciding,
}

public sealed record PartnerPosition(string Organisation, PartnerResponse Response, ApprovingDecision? Resolution, DateOnly? On);

/// <summary>One proposal put to several partners, and where each partner stands on it.</summary>
public sealed record SharedDecision(
    string Id, string FootprintId, string Title, string Text, RatificationRule Rule, DateOnly ProposedOn,
    DateOnly Deadline, ImmutableList<PartnerPosition> Partners, SharedDecisionStatus Status, DateOnly? ConcludedOn,
    Delegation? Delegation, ApprovingDecision? CommitteeResolution)
    : IFoldedFrom<SharedDecision, SharedDecisionProposed, ISharedDecisionEvent>
{
    public static SharedDecision Begin(string id, SharedDecisionProposed first) => new(id, first.FootprintId, first.Title,
        first.Text, first.Rule, first.Effective.Date, first.Deadline,
        first.RequiredPartners.Select(p => new PartnerPosition(p, PartnerResponse.Awaiting, null, null)).ToImmutableList(),
        SharedDecisionStatus.AwaitingRatification, null, first.Delegation, null);

    public SharedDecision After(ISharedDecisionEvent change) => change switch
    {
        PartnerRatified e => Respond(e.Organisation, PartnerResponse.Ratified, e.Resolution, e.Effective.Date),
        PartnerDeclined e => Respond(e.Organisation, PartnerResponse.Declined, e.Resolution, e.Effective.Date),
        JointCommitteeResolved e => this with { CommitteeResolution = e.Resolution },
        RequiredPartnerLeft e => Respond(e.Organisation, PartnerResponse.LeftBeforeDeciding, null, e.LeftOn),
        SharedDecisionTookEffect e => Conclude(SharedDecisionStatus.InEffect, e.Effective.Date),
        SharedDecisionDefeated e => Conclude(SharedDecisionStatus.Defeated, e.Effective.Date),
        SharedDecisionLapsed e => Conclude(SharedDecisionStatus.Lapsed, e.Effective.Date),
        SharedDecisionWithdrawn e => Conclude(SharedDecisionStatus.Withdrawn, e.Effective.Date),
        _ => this,
    };

    /// <summary>The partners still required: all but those that left before deciding.</summary>
    public IReadOnlyList<PartnerPosition> Required => Partners.Where(p => p.Response != PartnerResponse.LeftBeforeDeciding).ToList();

    private SharedDecision Respond(string organisation, PartnerResponse response, ApprovingDecision? resolution, DateOnly on) =>
        this with
        {
            Partners = Partners.Select(p => p.Organisation == organisation ? new PartnerPosition(organisation, response, resolution, on) : p)
                .ToImmutableList(),
        };

    private SharedDecision Conclude(SharedDecisionStatus status, DateOnly on) => this with { Status = status, ConcludedOn = on };
}
