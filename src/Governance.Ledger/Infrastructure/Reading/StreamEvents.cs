using System.Collections;
using JasperFx.Events;

namespace Governance.Ledger.Infrastructure.Reading;

/// <summary>Each stream's counted events as a lookup, over the lists themselves (a lookup built by <c>ToLookup</c> would
/// copy every event of every stream on every read). As with any lookup, a stream with no events counted is not in it.</summary>
public sealed class StreamEvents(IReadOnlyDictionary<string, IReadOnlyList<IEvent>> streams) : ILookup<string, IEvent>
{
    private readonly Dictionary<string, IReadOnlyList<IEvent>> _streams =
        streams.Where(s => s.Value.Count > 0).ToDictionary(s => s.Key, s => s.Value);

    public IEnumerable<IEvent> this[string key] => _streams.TryGetValue(key, out var events) ? events : [];

    public int Count => _streams.Count;

    public bool Contains(string key) => _streams.ContainsKey(key);

    public IEnumerator<IGrouping<string, IEvent>> GetEnumerator() =>
        _streams.Select(s => (IGrouping<string, IEvent>)new Stream(s.Key, s.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed record Stream(string Key, IReadOnlyList<IEvent> Events) : IGrouping<string, IEvent>
    {
        public IEnumerator<IEvent> GetEnumerator() => Events.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
