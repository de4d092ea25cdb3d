using Governance.Domain.Footprints;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Governance.Ledger.Footprints;

/// <summary>Builds a footprint's timeline from its stream, keeping each event's sequence and recorded time.</summary>
public sealed class FootprintTimelineProjection : SingleStreamProjection<FootprintTimeline, string>
{
    public override FootprintTimeline Evolve(FootprintTimeline? snapshot, string id, IEvent e)
    {
        var timeline = snapshot ?? FootprintTimeline.Empty(id);
        return e.Data is IFootprintEvent footprintEvent
            ? timeline.Record(new RecordedFootprintEvent(footprintEvent, e.Sequence, e.Timestamp))
            : timeline;
    }
}
