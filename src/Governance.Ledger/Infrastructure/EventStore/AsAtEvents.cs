using JasperFx.Events;
using Marten.Events;

namespace Governance.Ledger.Infrastructure.EventStore;

/// <summary>Reads the events of some streams that a history read may see: in effect by its date, and recorded by
/// its moment. A fact with no date is in effect on no date.</summary>
public static class AsAtEvents
{
    public static async Task<ILookup<string, IEvent>> ReadAsync(IQuerySession session, IReadOnlyCollection<string> streams,
        AsAtQuery query, CancellationToken cancellation)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(streams.ToArray()))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);
        return events.Where(e => Visible(e, query)).ToLookup(e => e.StreamKey!);
    }

    public static bool Visible(IEvent e, AsAtQuery query) =>
        e.Data is ILedgerEvent { Effective: var effective } && effective.IsDated() && effective.Date <= query.AsOf &&
        (query.KnownAt is null || e.Timestamp <= query.KnownAt) && (query.ThroughSequence is null || e.Sequence <= query.ThroughSequence);
}
