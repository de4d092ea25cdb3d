using JasperFx.Events;
using Marten.Events;

namespace Governance.Ledger.Infrastructure.EventStore;

/// <summary>Reads the events of some streams that a history read may see, by the one rule (<see cref="AsAtRule"/>).</summary>
public static class AsAtEvents
{
    public static async Task<ILookup<string, IEvent>> ReadAsync(IQuerySession session, IReadOnlyCollection<string> streams,
        AsAtQuery query, CancellationToken cancellation) =>
        (await ReadWithVersionsAsync(session, streams, query, cancellation)).Events;

    /// <summary>The same, with each stream's version now (what a write to it sends), from the same read.</summary>
    public static async Task<(ILookup<string, IEvent> Events, IReadOnlyDictionary<string, long> Versions)> ReadWithVersionsAsync(
        IQuerySession session, IReadOnlyCollection<string> streams, AsAtQuery query, CancellationToken cancellation)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(streams.ToArray()))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);
        var versions = streams.ToDictionary(s => s, s => 0L);
        foreach (var e in events) versions[e.StreamKey!] = Math.Max(versions[e.StreamKey!], e.Version);
        return (events.GroupBy(e => e.StreamKey!).SelectMany(stream => Counted(stream, query)).ToLookup(e => e.StreamKey!), versions);
    }

    /// <summary>Of events already read (one record's), those the rule counts.</summary>
    public static IReadOnlyList<IEvent> Counted(IEnumerable<IEvent> record, AsAtQuery query) =>
        AsAtRule.Counted(record, e => new Logged(e.Data as ILedgerEvent, e.Sequence, e.Timestamp), query.AsOf, query.KnownAt,
            query.ThroughSequence);
}
