using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;
using Marten.Events;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Boards;

/// <summary>One line of a body's register of declared interests.</summary>
public sealed record DeclaredInterestView(
    string MeetingId, DateOnly MeetingDate, string SeatId, string? SeatTitle, string Item, string Nature,
    string RecordedBy, string Source, DateTimeOffset RecordedAt);

public static class GetInterestRegister
{
    /// <summary>Every interest declared at any meeting of the body that the caller may see, in meeting order.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/interests", OperationId = "GetInterestRegister")]
    public static async Task<IResult> Get(string id, RecordReader record, HttpContext context,
        CancellationToken cancellation)
    {
        var body = await record.NowAsync<GoverningBody>(id, cancellation);
        if (body is null) return BoardProblems.UnknownBody(id);

        var seesPrivate = record.SeesPrivate(body.FootprintId, id);
        var meetings = (await record.Listings<MeetingListing>().Where(m => m.BodyId == id).ToListAsync(cancellation))
            .Where(m => m.Public || seesPrivate)
            .ToList();
        var dates = meetings.ToDictionary(m => m.Id, m => m.Date);
        var declarations = await record.Log()
            .Where(e => e.StreamKey!.IsOneOf(dates.Keys.ToArray()) && e.EventTypesAre(typeof(InterestDeclared)))
            .ToListAsync(cancellation);

        var titles = body.Seats.ToDictionary(t => t.Seat.Id, t => t.Seat.Title);
        var privateItems = new HashSet<(string, string)>();
        if (!seesPrivate)
            foreach (var meetingId in dates.Keys)
                if (await record.NowAsync<Meeting>(meetingId, cancellation) is { } meeting)
                    privateItems.UnionWith(meeting.Interests.Where(i => meeting.ItemNamed(i.Item) is { Private: true }).Select(i => (meetingId, i.Item)));
        return TypedResults.Ok(declarations
            .Select(e => (Event: e, Interest: (InterestDeclared)e.Data))
            .Where(d => !privateItems.Contains((d.Event.StreamKey!, d.Interest.Item)))
            .Select(d => new DeclaredInterestView(d.Event.StreamKey!, dates[d.Event.StreamKey!], d.Interest.SeatId,
                titles.GetValueOrDefault(d.Interest.SeatId), d.Interest.Item, d.Interest.Nature,
                d.Interest.Provenance.RecordedBy, d.Interest.Provenance.Source.Reference, d.Event.Timestamp))
            .OrderBy(d => d.MeetingDate).ThenBy(d => d.RecordedAt)
            .ToList());
    }
}
