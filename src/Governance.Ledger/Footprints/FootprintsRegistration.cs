using Governance.Domain.Footprints;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.Footprints;

public static class FootprintsRegistration
{
    public static readonly FootprintTimelineProjection Timelines = new();
    public static readonly FoldProjection<FootprintPartners, PartnerJoined, IPartnerEvent> Partners = new();

    public static void AddFootprints(this StoreOptions options)
    {
        options.Projections.Add(Timelines, ProjectionLifecycle.Live);
        options.Projections.Add(new FootprintListingsProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(Partners, ProjectionLifecycle.Live);
    }
}
