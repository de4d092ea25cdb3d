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
/// rule is then applied to the events in memory (<see cref="HeldStream.Counted"/>), exactly as to events just read, so
/// every clock is served from the same copy. A stream recreated under the same id (a test's reset) has a new creation time and is read afresh. What the
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

    private sealed record Folded(IReadOnlyList<IEvent> Counted, long[] Sequences, object? State);

    /// <summary>A stream's events counted on some clocks, folded: the fold of the same events is kept, so that the many
    /// dates on which a record stood the same (a meeting, on every date after it) fold it once.</summary>
    public T? Fold<T, TFirst, TEvent>(FoldProjection<T, TFirst, TEvent> fold, string stream, IReadOnlyList<IEvent> counted)
        where T : class, IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent
    {
        if (counted.Count == 0) return fold.Fold(stream, counted);
        // Keyed by how many and up to where, so that a record read on dates before and after its last event keeps both.
        var key = (typeof(T), stream, counted.Count, counted[^1].Sequence);
        if (_streams.TryGetValue(key, out Folded? folded) && Same(folded!, counted)) return (T?)folded!.State;
        var state = fold.Fold(stream, counted);
        _streams.Set(key, new Folded(counted, counted.Select(e => e.Sequence).ToArray(), state),
            new MemoryCacheEntryOptions { Size = Math.Max(1, counted.Count) });
        return state;
    }

    /// <summary>The same events: the same list (a whole stream held), or the same sequences.</summary>
    private static bool Same(Folded folded, IReadOnlyList<IEvent> counted)
    {
        if (ReferenceEquals(folded.Counted, counted)) return true;
        if (folded.Sequences.Length != counted.Count) return false;
        for (var i = 0; i < counted.Count; i++)
            if (folded.Sequences[i] != counted[i].Sequence) return false;
        return true;
    }

    /// <summary>Every event of each stream, in log order, at its version now (0 for a stream with none).</summary>
    public async Task<IReadOnlyDictionary<string, HeldStream>> ReadAsync(IQuerySession session, NpgsqlConnection connection,
        IReadOnlyCollection<string> streams, CancellationToken cancellation)
    {
        var now = await VersionsAsync(connection, streams, cancellation);
        var held = new Dictionary<string, HeldStream>();
        var stale = new List<string>();
        foreach (var stream in streams.Distinct())
        {
            if (!now.TryGetValue(stream, out var state)) held[stream] = new HeldStream(0, default, []);
            else if (_streams.TryGetValue(stream, out HeldStream? known) && known!.Version == state.Version && known.Created == state.Created)
                held[stream] = known;
            else stale.Add(stream);
        }

        if (stale.Count > 0)
        {
            var read = (await session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.IsOneOf(stale.ToArray()))
                .OrderBy(e => e.Sequence).ToListAsync(cancellation)).ToLookup(e => e.StreamKey!);
            foreach (var stream in stale)
            {
                var events = read[stream].ToList();
                // Appended to between the two statements: kept at the version read, which the next read sees is behind.
                var fresh = new HeldStream(events.Count == 0 ? 0 : events[^1].Version, now[stream].Created, events);
                held[stream] = fresh;
                _streams.Set(stream, fresh, new MemoryCacheEntryOptions { Size = Math.Max(1, events.Count) });
            }
        }

        return held;
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
