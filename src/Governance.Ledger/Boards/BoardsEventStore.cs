using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.Boards;

public static class BoardsEventStore
{
    public static void AddBoards(this StoreOptions options)
    {
        options.Projections.Add(new FoldProjection<GoverningBody, BodyConstituted, IBodyEvent>(), ProjectionLifecycle.Live);
        options.Projections.Add(new FoldProjection<Meeting, MeetingScheduled, IMeetingEvent>(), ProjectionLifecycle.Live);
        options.Projections.Add(new BoardListingsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<MeetingListing>().Index(meeting => meeting.BodyId);
        options.Schema.For<BodyListing>().Index(body => body.FootprintId);
    }
}
