using Governance.Domain.Common;

namespace Governance.Domain.Footprints;

/// <summary>The rules for recording changes to a footprint's registry attributes.</summary>
public static class FootprintRules
{
    public static Decision<LeadAppointed> AppointLead(
        FootprintTimeline timeline, string lead, string? role, EffectiveDate effective, Provenance provenance) =>
        timeline.WhyNotOpenOn(effective.Date) is { } why
            ? Decision<LeadAppointed>.Reject(why)
            : Decision<LeadAppointed>.Accept(new LeadAppointed(lead.Trim(), role?.Trim(), effective, provenance));
}
