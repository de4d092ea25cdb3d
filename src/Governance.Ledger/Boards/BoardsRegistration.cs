using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.Boards;

public static class BoardsRegistration
{
    public static readonly FoldProjection<GoverningBody, BodyConstituted, IBodyEvent> Bodies = new();
    public static readonly FoldProjection<Meeting, MeetingScheduled, IMeetingEvent> Meetings = new();

    public static void AddBoards(this StoreOptions options)
    {
        options.Projections.Add(Bodies, ProjectionLifecycle.Live);
        options.Projections.Add(Meetings, ProjectionLifecycle.Live);
        options.Projections.Add(new BoardListingsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<MeetingListing>().Index(meeting => meeting.BodyId);
        options.Schema.For<BodyListing>().Index(body => body.FootprintId);
    }
}
