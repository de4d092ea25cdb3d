using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Boards;

/// <summary>Reads a body and its meetings as at a date, as known at a moment, from their streams.</summary>
public static class BodyRecords
{
    public static async Task<(GoverningBody? Body, IReadOnlyList<Meeting> Meetings)> AsAtAsync(IQuerySession session,
        string bodyId, AsAtQuery query, CancellationToken cancellation)
    {
        var meetingIds = await session.Query<MeetingListing>()
            .Where(m => m.BodyId == bodyId)
            .Select(m => m.Id)
            .ToListAsync(cancellation);
        var events = await AsAtEvents.ReadAsync(session, [bodyId, .. meetingIds], query, cancellation);

        var body = BoardsRegistration.Bodies.Fold(bodyId, events[bodyId]);
        var meetings = meetingIds
            .Select(id => BoardsRegistration.Meetings.Fold(id, events[id]))
            .OfType<Meeting>()
            .ToList();
        return (body, meetings);
    }
}
