using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Boards;

/// <summary>A body and its meetings as at a date, with each stream's version now.</summary>
public sealed record BodyAsAt(GoverningBody? Body, IReadOnlyList<Meeting> Meetings, IReadOnlyDictionary<string, long> Versions)
{
    public void Deconstruct(out GoverningBody? body, out IReadOnlyList<Meeting> meetings) => (body, meetings) = (Body, Meetings);
}

/// <summary>Reads a body and its meetings as at a date, as known at a moment, from their streams.</summary>
public static class BodyRecords
{
    /// <summary>A body and its meetings on the reader's clocks (or <paramref name="at"/>), the meetings as the caller
    /// may read them.</summary>
    public static async Task<BodyAsAt> BodyAsync(this RecordReader record, string bodyId, CancellationToken cancellation,
        AsAtQuery? at = null)
    {
        var meetingIds = await MeetingsOfAsync(record.Session, bodyId, cancellation);
        var (events, versions) = await record.EventsWithVersionsAsync([bodyId, .. meetingIds], cancellation, at);
        var body = record.Fold(BoardsRegistration.Bodies, bodyId, events[bodyId]);
        return body is null
            ? new BodyAsAt(null, [], versions)
            : new BodyAsAt(body, record.Shown(body, meetingIds.Select(id => record.Fold(BoardsRegistration.Meetings, id, events[id])).OfType<Meeting>()),
                versions);
    }

    /// <summary>The same, for a write deciding against the record (no caller's cut).</summary>
    public static async Task<BodyAsAt> AsAtAsync(IQuerySession session, string bodyId, AsAtQuery query,
        CancellationToken cancellation)
    {
        var meetingIds = await MeetingsOfAsync(session, bodyId, cancellation);
        var (events, versions) = await AsAtEvents.ReadWithVersionsAsync(session, [bodyId, .. meetingIds], query, cancellation);

        var body = BoardsRegistration.Bodies.Fold(bodyId, events[bodyId]);
        var meetings = meetingIds
            .Select(id => BoardsRegistration.Meetings.Fold(id, events[id]))
            .OfType<Meeting>()
            .ToList();
        return new BodyAsAt(body, meetings, versions);
    }

    private static Task<IReadOnlyList<string>> MeetingsOfAsync(IQuerySession session, string bodyId, CancellationToken cancellation) =>
        session.Query<MeetingListing>().Where(m => m.BodyId == bodyId).Select(m => m.Id).ToListAsync(cancellation);
}
