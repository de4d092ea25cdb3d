using JasperFx.Events;
using Marten.Events;

namespace Governance.Ledger.Infrastructure.EventStore;

/// <summary>Reads the events of some streams that a history read may see: recorded by its moment, and in effect by
/// its date, a record's date as corrected by then (<see cref="IRedatesRecord"/>). A fact with no date is in effect on
/// no date.</summary>
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
        var known = events.Where(e => Known(e, query)).ToList();
        var corrections = known.Where(e => e.Data is IRedatesRecord).ToLookup(e => e.StreamKey!, e => (IRedatesRecord)e.Data);
        var versions = streams.ToDictionary(s => s, s => 0L);
        foreach (var e in events) versions[e.StreamKey!] = Math.Max(versions[e.StreamKey!], e.Version);
        return (known.Where(e => InEffect(e, query.AsOf, corrections[e.StreamKey!])).ToLookup(e => e.StreamKey!), versions);
    }

    public static bool Visible(IEvent e, AsAtQuery query) => Known(e, query) && InEffect(e, query.AsOf, []);

    private static bool Known(IEvent e, AsAtQuery query) =>
        (query.KnownAt is null || e.Timestamp <= query.KnownAt) && (query.ThroughSequence is null || e.Sequence <= query.ThroughSequence);

    private static bool InEffect(IEvent e, DateOnly asOf, IEnumerable<IRedatesRecord> corrections) =>
        e.Data is ILedgerEvent { Effective: var effective } && effective.IsDated() &&
        corrections.Aggregate(effective.Date, (date, c) => date == c.WasRecorded ? c.Correct : date) <= asOf;
}
