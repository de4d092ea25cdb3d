using Governance.Domain.Common;

namespace Governance.Domain.SharedDecisions;

/// <summary>An event in a shared decision's own stream.</summary>
public interface ISharedDecisionEvent : ILedgerEvent;

/// <param name="RequiredPartners">The partners (organisation codes) whose boards must each decide; under a delegation,
/// the partners on whose behalf the joint committee decides.</param>
/// <param name="Rule">The ratification rule of the arrangement in force when it was proposed.</param>
/// <param name="Delegation">Set when the matter is delegated to a joint committee in force, which decides it alone.</param>
public sealed record SharedDecisionProposed(
    string FootprintId, string Title, string Text, IReadOnlyList<string> RequiredPartners, RatificationRule Rule,
    DateOnly Deadline, Delegation? Delegation, EffectiveDate Effective, Provenance Provenance) : ISharedDecisionEvent;

/// <summary>A matter delegated to a joint committee: which arrangement, which body decides, and the matter as delegated.</summary>
public sealed record Delegation(string ArrangementId, string BodyId, string Matter);

/// <summary>The joint committee decided the matter within its delegation, by a resolution of its own.</summary>
public sealed record JointCommitteeResolved(ApprovingDecision Resolution, EffectiveDate Effective, Provenance Provenance)
    : ISharedDecisionEvent;

/// <summary>A partner's board ratified the decision by one of its own resolutions.</summary>
public sealed record PartnerRatified(string Organisation, ApprovingDecision Resolution, EffectiveDate Effective,
    Provenance Provenance) : ISharedDecisionEvent;

public sealed record PartnerDeclined(string Organisation, ApprovingDecision Resolution, EffectiveDate Effective,
    Provenance Provenance) : ISharedDecisionEvent;

/// <summary>A required partner left the footprint before deciding: it is no longer required, and the record says so.</summary>
public sealed record RequiredPartnerLeft(string Organisation, DateOnly LeftOn, EffectiveDate Effective, Provenance Provenance)
    : ISharedDecisionEvent;

/// <summary>The rule was met: in effect from the date of the last ratification it needed.</summary>
public sealed record SharedDecisionTookEffect(EffectiveDate Effective, Provenance Provenance) : ISharedDecisionEvent;

public sealed record SharedDecisionDefeated(string Reason, EffectiveDate Effective, Provenance Provenance) : ISharedDecisionEvent;

public sealed record SharedDecisionLapsed(EffectiveDate Effective, Provenance Provenance) : ISharedDecisionEvent;

public sealed record SharedDecisionWithdrawn(string Reason, EffectiveDate Effective, Provenance Provenance) : ISharedDecisionEvent;
