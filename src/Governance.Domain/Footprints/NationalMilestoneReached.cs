using Governance.Domain.Common;

namespace Governance.Domain.Footprints;

/// <summary>A dated national event (planning guidance, a deadline, a policy document, an Act).</summary>
public sealed record NationalMilestoneReached(string Kind, string Detail, EffectiveDate Effective, Provenance Provenance)
    : ILedgerEvent
{
    /// <summary>The one stream that holds national milestones.</summary>
    public const string StreamKey = "national:england";
}
