using System.Security.Claims;
using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Security;
using JasperFx.Events;
using Marten.Linq;
using Marten.Services.BatchQuerying;
using Npgsql;

namespace Governance.Ledger.Infrastructure.Reading;

/// <summary>
/// The one way in to the record for every read: an API answer, a page, a feed, an export. It knows who is asking,
/// holds the two clocks the request named (checked once, for every read, by <see cref="ReadClocks"/>), applies the
/// one as-at rule (<see cref="AsAtEvents"/>; written down in <c>docs/architecture.md</c>) and the one private cut
/// (<see cref="Shown(GoverningBody, Meeting)"/>), and reads through a single session. No endpoint or page holds a
/// session of its own (<c>reads_go_through_the_gate</c> checks the assembly): a slice adds its questions as
/// extensions of the reader (<c>FootprintQuestions</c>, say), which reach the session as <see cref="Session"/>.
/// </summary>
public sealed class RecordReader : IAsyncDisposable
{
    private readonly IDocumentStore? _store;
    private readonly RecordedStreams? _streams;
    private NpgsqlConnection? _connection;
    private IQuerySession? _session;

    /// <summary>The reader of the request being served: its caller, and its <c>asOf</c> and <c>knownAt</c>.</summary>
    public RecordReader(IDocumentStore store, RecordedStreams streams, IHttpContextAccessor http, TimeProvider clock)
        : this(ReadClocks.Of(http.HttpContext!.Request.Query, clock), http.HttpContext!.User) => (_store, _streams) = (store, streams);

    private RecordReader(AsAtQuery clocks, ClaimsPrincipal caller) => (Clocks, Caller) = (clocks, caller);

    /// <summary>For the slices' questions only; they take the clocks and the caller from this reader. Every statement of
    /// the request goes over the one connection <see cref="ConnectAsync"/> opened (Marten's default opens and resets a
    /// pooled connection for each).</summary>
    internal IQuerySession Session => _session ??= OpenedNow();

    /// <summary>Opens the request's connection before the first read (<see cref="OneConnection"/> calls it).</summary>
    public async ValueTask ConnectAsync(CancellationToken cancellation)
    {
        if (_session is not null) return;
        var connection = _store!.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        _session = Connected(connection);
    }

    private IQuerySession Connected(NpgsqlConnection connection)
    {
        _connection = connection;
        return _store!.QuerySession(Marten.Services.SessionOptions.ForConnection(connection));
    }

    /// <summary>For a read that did not come through the middleware (a component rendering outside a request).</summary>
    private IQuerySession OpenedNow()
    {
        var connection = _store!.Storage.Database.CreateConnection();
        connection.Open();
        return Connected(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is null) return;
        if (_session is not null) await _session.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }

    /// <summary>A reader for the public (no caller) at given clocks: the open-data archive cut at a checkpoint, reading
    /// through a session its caller owns.</summary>
    public static RecordReader ForThePublic(IQuerySession session, AsAtQuery clocks) =>
        new(clocks, new ClaimsPrincipal()) { _session = session };

    public AsAtQuery Clocks { get; }

    /// <summary>The date the facts took effect by: the request's <c>asOf</c>, or today in England.</summary>
    public DateOnly AsOf => Clocks.AsOf;

    public ClaimsPrincipal Caller { get; }

    /// <summary>The same reader at another date, as known at the same moment (a comparison's earlier side, say).</summary>
    public AsAtQuery On(DateOnly date) => Clocks with { AsOf = date };

    // Who may see what: private meetings and private items are for the body's footprint's secretaries (or the body's),
    // auditors and administrators; everyone else reads the public part.

    public bool SeesPrivate(string footprintId, string bodyId) => SeesPrivate(Caller, footprintId, bodyId);

    /// <summary>The same rule for a write that must know what its caller may see (a citation, a paper tabled twice).</summary>
    public static bool SeesPrivate(ClaimsPrincipal caller, string footprintId, string bodyId) =>
        caller.IsInRole(LedgerRoles.Auditor) || WriteAccess.Allows(caller, footprintId, bodyId);

    /// <summary>A meeting as the caller may read it: whole, its public part, or nothing (a private meeting).</summary>
    public Meeting? Shown(GoverningBody body, Meeting meeting) => Shown(body.FootprintId, body.Id, meeting);

    /// <summary>The same, for a read that knows the body by its listing.</summary>
    public Meeting? Shown(string footprintId, string bodyId, Meeting meeting) =>
        SeesPrivate(footprintId, bodyId) ? meeting : meeting.Public ? PublicParts.GetValue(meeting, m => m.PublicPart()) : null;

    /// <summary>Each folded meeting's public part, cut once (a folded meeting is shared by the reads of the same events).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Meeting, Meeting> PublicParts = new();

    public IReadOnlyList<Meeting> Shown(GoverningBody body, IEnumerable<Meeting> meetings) =>
        meetings.Select(m => Shown(body, m)).OfType<Meeting>().ToList();

    /// <summary>Register entries (interests, gifts) as the caller may read them: withheld ones only for those who may.</summary>
    public IReadOnlyList<T> Shown<T>(GoverningBody body, IEnumerable<T> entries, Func<T, bool> withheld) =>
        entries.Where(e => SeesPrivate(body.FootprintId, body.Id) || !withheld(e)).ToList();

    // The one as-at rule.

    /// <summary>The events of some streams in effect by the date and recorded by the moment (corrections applied).</summary>
    public async Task<ILookup<string, IEvent>> EventsAsync(IReadOnlyCollection<string> streams, CancellationToken cancellation,
        AsAtQuery? at = null) => (await EventsWithVersionsAsync(streams, cancellation, at)).Events;

    /// <summary>The same, with each stream's version now (what a write to it sends). The streams come from
    /// <see cref="RecordedStreams"/> where the request has its own connection, so that only what changed is read again.</summary>
    public async Task<(ILookup<string, IEvent> Events, IReadOnlyDictionary<string, long> Versions)> EventsWithVersionsAsync(
        IReadOnlyCollection<string> streams, CancellationToken cancellation, AsAtQuery? at = null)
    {
        var session = Session;
        if (_streams is null || _connection is null) return await AsAtEvents.ReadWithVersionsAsync(session, streams, at ?? Clocks, cancellation);
        var held = await _streams.ReadAsync(session, _connection, streams, cancellation);
        var clocks = at ?? Clocks;
        return (new StreamEvents(held.ToDictionary(s => s.Key, s => s.Value.Counted(clocks))), held.ToDictionary(s => s.Key, s => s.Value.Version));
    }

    /// <summary>Of one record's events already read, those the rule counts on the clocks.</summary>
    public IReadOnlyList<IEvent> Counted(IEnumerable<IEvent> record, AsAtQuery? at = null) => AsAtEvents.Counted(record, at ?? Clocks);

    /// <summary>One stream folded as at the clocks.</summary>
    public async Task<T?> AsAtAsync<T, TFirst, TEvent>(FoldProjection<T, TFirst, TEvent> fold, string key, CancellationToken cancellation,
        AsAtQuery? at = null) where T : class, IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent =>
        Fold(fold, key, (await EventsAsync([key], cancellation, at))[key]);

    /// <summary>One stream folded as at the clocks, with its version now (what a write to it sends), from the same read.</summary>
    public async Task<(T? State, long Version)> AsAtWithVersionAsync<T, TFirst, TEvent>(FoldProjection<T, TFirst, TEvent> fold,
        string key, CancellationToken cancellation, AsAtQuery? at = null) where T : class, IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent
    {
        var (events, versions) = await EventsWithVersionsAsync([key], cancellation, at);
        return (Fold(fold, key, events[key]), versions[key]);
    }

    /// <summary>Events of one stream already counted, folded (once for the same events, however many reads ask).</summary>
    public T? Fold<T, TFirst, TEvent>(FoldProjection<T, TFirst, TEvent> fold, string key, IEnumerable<IEvent> counted)
        where T : class, IFoldedFrom<T, TFirst, TEvent> where TFirst : TEvent =>
        _streams is null ? fold.Fold(key, counted) : _streams.Fold(fold, key, counted as IReadOnlyList<IEvent> ?? counted.ToList());

    /// <summary>A record as it stands now, every event folded (what a write decides against).</summary>
    public Task<T?> NowAsync<T>(string stream, CancellationToken cancellation) where T : class =>
        Session.Events.AggregateStreamAsync<T>(stream, token: cancellation);

    /// <summary>The version a write to the stream must name: how many events it holds (0 for none yet).</summary>
    public async Task<long> VersionAsync(string stream, CancellationToken cancellation) =>
        (await Session.Events.FetchStreamStateAsync(stream, cancellation))?.Version ?? 0;

    /// <summary>Every event of a stream as recorded, for the provenance and history reads (which show all of them).</summary>
    public Task<IReadOnlyList<IEvent>> StreamAsync(string stream, CancellationToken cancellation) =>
        Session.Events.FetchStreamAsync(stream, token: cancellation);

    /// <summary>The raw log, for the audit's and the feeds' reads across streams.</summary>
    public IMartenQueryable<IEvent> Log() => Session.Events.QueryAllRawEvents();

    // Stored projections (listings, plan versions): read as stored; their rows carry the dates a read compares.

    public IMartenQueryable<T> Listings<T>() where T : notnull => Session.Query<T>();

    public Task<T?> ListingAsync<T>(string id, CancellationToken cancellation) where T : notnull => Session.LoadAsync<T>(id, cancellation);

    /// <summary>Several reads sent as one round trip (Marten's batched query): a page's plans, say.</summary>
    public IBatchedQuery Batch() => Session.CreateBatchQuery();

    public Task<IReadOnlyList<T>> ListingsAsync<T>(IEnumerable<string> ids, CancellationToken cancellation) where T : notnull =>
        Session.LoadManyAsync<T>(cancellation, ids);
}
