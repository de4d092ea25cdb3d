using JasperFx.Events;
using Governance.Ledger.Infrastructure.Http;
using Marten;
using Marten.Events.Aggregation;

namespace Governance.Ledger.Infrastructure.EventStore;

/// <summary>Builds a domain state from its stream the way the state itself says (<see cref="IFoldedFrom{TSelf,TFirst,TEvent}"/>).</summary>
public sealed class FoldProjection<T, TFirst, TEvent> : SingleStreamProjection<T, string>
    where T : class, IFoldedFrom<T, TFirst, TEvent>
    where TFirst : TEvent
{
    /// <remarks>A record struck out is no record: every read that folds past the strike-out finds nothing.</remarks>
    public override T? Evolve(T? state, string id, IEvent e) => (state, e.Data) switch
    {
        (_, IStrikesOutRecord) => null,
        (null, TFirst first) => T.Begin(id, first),
        (not null, TEvent change) => state.After(change),
        _ => state,
    };

    /// <summary>Folds events already read (say, those recorded by a past moment) without going to the store.</summary>
    public T? Fold(string id, IEnumerable<IEvent> events) => events.Aggregate((T?)null, (state, e) => Evolve(state, id, e));

    /// <summary>One stream folded from the events in effect by the query's date and recorded by its moment.</summary>
    public async Task<T?> AsAtAsync(IQuerySession session, string id, AsAtQuery query, CancellationToken cancellation) =>
        Fold(id, (await AsAtEvents.ReadAsync(session, [id], query, cancellation))[id]);
}
