using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Governance.Ledger.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat.Minutes;

public static class GetMinutes
{
    /// <summary>The draft (or approved) minutes of a meeting as an HTML document, written from the record; print it, or
    /// save it as PDF, from the browser. A private meeting's only for those who may see it; a public meeting's without
    /// its private items for everyone else.</summary>
    [AllowAnonymous]
    [WolverineGet("/meetings/{id}/minutes", OperationId = "MeetingMinutes")]
    public static async Task<IResult> Get(string id, IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var record = await ReadAsync(session, id, context.User, cancellation);
        return record is null
            ? BoardProblems.UnknownMeeting(id)
            : TypedResults.Content(MinutesDocument.Render(record), "text/html; charset=utf-8");
    }

    public static async Task<MinutesRecord?> ReadAsync(IQuerySession session, string meetingId, System.Security.Claims.ClaimsPrincipal user,
        CancellationToken cancellation)
    {
        var meeting = await session.Events.AggregateStreamAsync<Meeting>(meetingId, token: cancellation);
        if (meeting is null) return null;
        var body = (await session.Events.AggregateStreamAsync<GoverningBody>(meeting.BodyId, token: cancellation))!;
        var seesPrivate = WriteAccess.SeesPrivate(user, body.FootprintId, body.Id);
        if (!meeting.Public && !seesPrivate) return null;

        var register = await session.Events.AggregateStreamAsync<StandingRegister>(StandingRegister.StreamKey(body.Id), token: cancellation);
        var actions = await session.Events.AggregateStreamAsync<ActionLog>(ActionLog.StreamKey(body.Id), token: cancellation);
        var chairs = await session.Events.AggregateStreamAsync<ChairsActions>(ChairsActions.StreamKey(body.Id), token: cancellation);
        var version = (await session.Events.FetchStreamStateAsync(meetingId, cancellation))!.Version;
        var shown = seesPrivate ? meeting : meeting.PublicPart();
        return new MinutesRecord(body, shown, register,
            actions?.Actions.Where(a => a.MeetingId == meetingId && (a.ItemNumber is null || shown.Agenda.Any(i => i.Number == a.ItemNumber))).ToList() ?? [],
            chairs?.Actions.Where(a => a.Ratification?.Resolution.MeetingId == meetingId && shown.Find(a.Ratification.Resolution.Number) is not null)
                .ToList() ?? [], version, seesPrivate);
    }
}
