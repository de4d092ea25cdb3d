using Governance.Domain.Common;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace Governance.Ledger.Infrastructure.Reading;

/// <summary>
/// The streams the gate has read, held in memory as the log held them at a version. The log is append-only, so a
/// stream's events at a version never change: a read asks PostgreSQL only for each stream's version (one indexed
/// statement) and reads again only the streams a write has moved on since, or that it has not read before. The as-at
/// rule is then applied to the events in memory, exactly as to events just read, so every clock is served from the same
/// copy. A stream recreated under the same id (a test's reset) has a new creation time and is read afresh. What the
/// cache holds is bounded by a count of events; the least recently read streams leave first.
/// </summary>
/// <remarks>A row of <c>mt_events</c> altered in place by SQL is not a write: pages may show the copy read before it,
/// and the audit, which reads the log itself, names the change.</remarks>
public sealed class RecordedStreams(IDocumentStore store) : IDisposable
{
    /// <summary>About a million events of the reference history's size (each some hundreds of bytes once read).</summary>
    private const long EventsHeld = 1_000_000;

    private readonly MemoryCache _streams = new(new MemoryCacheOptions { SizeLimit = EventsHeld });
    private readonly string _versions = $"select id, version, created from {store.Options.Events.DatabaseSchemaName}.mt_streams where id = any($1)";

    private sealed record Held(long Version, DateTimeOffset Created, IReadOnlyList<IEvent> Events);

    private sealed record Folded(long[] Sequences, object? State);

    /// <summary>A stream's events counted on some clocks, folded: the fold of the same events is kept, so that the many
    /// dates on which a record stood the same (a meeting, on every date after it) fold it once.</summary>
    public T? Fold<T, TFirst, TEvent>(FoldProjection<T, TFirst, TEvent> fold, string stream, IReadOnlyList<IEvent> counted)
        where T : class, IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent
    {
        var key = (typeof(T), stream);
        var sequences = counted.Select(e => e.Sequence).ToArray();
        if (_streams.TryGetValue(key, out Folded? folded) && folded!.Sequences.AsSpan().SequenceEqual(sequences))
            return (T?)folded.State;
        var state = fold.Fold(stream, counted);
        _streams.Set(key, new Folded(sequences, state), new MemoryCacheEntryOptions { Size = Math.Max(1, sequences.Length) });
        return state;
    }

    /// <summary>Every event of each stream, in log order, and each stream's version (0 for a stream with none).</summary>
    public async Task<(IReadOnlyDictionary<string, IReadOnlyList<IEvent>> Events, IReadOnlyDictionary<string, long> Versions)> ReadAsync(
        IQuerySession session, NpgsqlConnection connection, IReadOnlyCollection<string> streams, CancellationToken cancellation)
    {
        var now = await VersionsAsync(connection, streams, cancellation);
        var events = new Dictionary<string, IReadOnlyList<IEvent>>();
        var stale = new List<string>();
        foreach (var stream in streams.Distinct())
        {
            if (!now.TryGetValue(stream, out var state)) events[stream] = [];
            else if (_streams.TryGetValue(stream, out Held? held) && held!.Version == state.Version && held.Created == state.Created)
                events[stream] = held.Events;
            else stale.Add(stream);
        }

        if (stale.Count > 0)
        {
            var read = (await session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.IsOneOf(stale.ToArray()))
                .OrderBy(e => e.Sequence).ToListAsync(cancellation)).ToLookup(e => e.StreamKey!);
            foreach (var stream in stale)
            {
                var list = read[stream].ToList();
                events[stream] = list;
                // Appended to between the two statements: kept at the version read, which the next read sees is behind.
                var version = list.Count == 0 ? 0 : list[^1].Version;
                _streams.Set(stream, new Held(version, now[stream].Created, list), new MemoryCacheEntryOptions { Size = Math.Max(1, list.Count) });
            }
        }

        return (events, events.ToDictionary(e => e.Key, e => e.Value.Count == 0 ? 0L : e.Value[^1].Version));
    }

    private async Task<Dictionary<string, (long Version, DateTimeOffset Created)>> VersionsAsync(NpgsqlConnection connection,
        IReadOnlyCollection<string> streams, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(_versions, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streams.Distinct().ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var versions = new Dictionary<string, (long, DateTimeOffset)>();
        while (await reader.ReadAsync(cancellation))
            versions[reader.GetString(0)] = (reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2));
        return versions;
    }

    public void Dispose() => _streams.Dispose();
}
