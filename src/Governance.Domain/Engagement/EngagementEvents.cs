using Governance.Domain.Common;

namespace Governance.Domain.Engagement;

public enum EngagementKind
{
    PublicMeeting,
    Survey,
    Workshop,
    CitizensPanel,
    StaffEngagement,
    PatientGroup,
}

/// <summary>An event in an engagement activity's own stream.</summary>
public interface IEngagementEvent : ILedgerEvent;

/// <summary>People were engaged: how, with whom, how many took part, on what materials, and what was heard.</summary>
/// <param name="PlanId">The plan it concerned, if one.</param>
/// <param name="ProposalId">The proposed service change it concerned, if one.</param>
/// <param name="Participants">How many took part, where the papers say.</param>
public sealed record EngagementHeld(string FootprintId, EngagementKind Kind, string Title, string With, int? Participants,
    IReadOnlyList<SourceDocument> Materials, string Heard, string? PlanId, string? ProposalId, EffectiveDate Effective,
    Provenance Provenance) : IEngagementEvent;

/// <summary>"You said, we did": what changed because of what was heard, and the plan amendments it led to.</summary>
public sealed record EngagementActedOn(string Said, string Did, string? PlanId, IReadOnlyList<string> Amendments,
    EffectiveDate Effective, Provenance Provenance) : IEngagementEvent;
