using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat.Minutes;

public static class GetMinutes
{
    /// <summary>The draft (or approved) minutes of a meeting as an HTML document, written from the record; print it, or
    /// save it as PDF, from the browser. A private meeting's only for those who may see it; a public meeting's without
    /// its private items for everyone else.</summary>
    [AllowAnonymous]
    [WolverineGet("/meetings/{id}/minutes", OperationId = "MeetingMinutes")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var minutes = await ReadAsync(record.Session, id, record.Shown, cancellation);
        return minutes is null
            ? BoardProblems.UnknownMeeting(id)
            : Dashboard.Pages.Render<MinutesPage>(new() { ["Record"] = minutes });
    }

    /// <param name="shown">The meeting as the reader may see it (the gate's cut), or whole for the approval itself.</param>
    public static async Task<MinutesRecord?> ReadAsync(IQuerySession session, string meetingId, Func<GoverningBody, Meeting, Meeting?> shown,
        CancellationToken cancellation)
    {
        var whole = await session.Events.AggregateStreamAsync<Meeting>(meetingId, token: cancellation);
        if (whole is null) return null;
        var body = (await session.Events.AggregateStreamAsync<GoverningBody>(whole.BodyId, token: cancellation))!;
        if (shown(body, whole) is not { } meeting) return null;

        var register = await session.Events.AggregateStreamAsync<StandingRegister>(StandingRegister.StreamKey(body.Id), token: cancellation);
        var actions = await session.Events.AggregateStreamAsync<ActionLog>(ActionLog.StreamKey(body.Id), token: cancellation);
        var chairs = await session.Events.AggregateStreamAsync<ChairsActions>(ChairsActions.StreamKey(body.Id), token: cancellation);
        var version = (await session.Events.FetchStreamStateAsync(meetingId, cancellation))!.Version;
        var seesPrivate = ReferenceEquals(meeting, whole);
        return new MinutesRecord(body, meeting, register,
            actions?.Actions.Where(a => a.MeetingId == meetingId && (a.ItemNumber is null || meeting.Agenda.Any(i => i.Number == a.ItemNumber))).ToList() ?? [],
            chairs?.Actions.Where(a => a.Ratification?.Resolution.MeetingId == meetingId && meeting.Find(a.Ratification.Resolution.Number) is not null)
                .ToList() ?? [], version, seesPrivate);
    }
}
