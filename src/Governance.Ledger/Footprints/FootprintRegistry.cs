using Governance.Domain.Footprints;
using JasperFx.Events;

namespace Governance.Ledger.Footprints;

/// <summary>Reads footprint timelines from the event store.</summary>
public static class FootprintRegistry
{
    public static async Task<IReadOnlyList<FootprintTimeline>> AllAsync(IQuerySession session,
        CancellationToken cancellation)
    {
        var footprints = (await session.Query<FootprintListing>().Select(f => f.Id).ToListAsync(cancellation)).ToArray();
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(footprints))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);

        return events
            .GroupBy(e => e.StreamKey!)
            .Select(stream => stream.Aggregate(FootprintTimeline.Empty(stream.Key),
                (timeline, e) => FootprintsRegistration.Timelines.Evolve(timeline, stream.Key, e)))
            .ToList();
    }

    public static Task<IReadOnlyList<FootprintTimeline>> AllAsync(this RecordReader record, CancellationToken cancellation) =>
        AllAsync(record.Session, cancellation);

    public static Task<FootprintTimeline?> FindAsync(this RecordReader record, string id, CancellationToken cancellation) =>
        FindAsync(record.Session, id, cancellation);

    public static async Task<FootprintTimeline?> FindAsync(IQuerySession session, string id,
        CancellationToken cancellation)
    {
        var timeline = await session.Events.AggregateStreamAsync<FootprintTimeline>(id, token: cancellation);
        return timeline is { Events.Count: > 0 } ? timeline : null;
    }
}
