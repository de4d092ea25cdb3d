using Governance.Domain.Footprints;

namespace Governance.Ledger.Footprints.Partners;

/// <summary>Records that an organisation became a partner in a footprint.</summary>
/// <param name="Version">The version of the footprint's partner list you read (0 before anyone has joined).</param>
public sealed record JoinFootprint(
    string OrganisationCode, string Name, OrganisationType Type, DateOnly JoinedOn, long Version, RecordedFrom Source);

/// <summary>Records that a partner left the footprint.</summary>
public sealed record LeaveFootprint(DateOnly LeftOn, long Version, RecordedFrom Source);
