using Governance.Domain.Footprints;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Governance.Ledger.Footprints;

/// <summary>Which streams are footprints, so that reading them all never scans the rest of the log.</summary>
public sealed record FootprintListing(string Id);

public sealed partial class FootprintListingsProjection : EventProjection
{
    public FootprintListing Create(IEvent<FootprintEstablished> e) => new(e.StreamKey!);
}
