using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Boards;

/// <summary>What every change to a meeting's record states: the version read, and its source.</summary>
public interface IMeetingChange
{
    long Version { get; }

    RecordedFrom Source { get; }
}

public static class MeetingChange
{
    public static void CheckChange(this RequestProblems problems, IMeetingChange change)
    {
        problems.RequirePositive(nameof(change.Version), change.Version, "Send the meeting's version you read.");
        problems.Check(change.Source, nameof(change.Source));
    }

    /// <summary>
    /// A meeting is written by its body's secretaries and judged by the body's terms and seats on its date, so the
    /// body is loaded with it and handed on to the handler. A private meeting does not exist for a caller who may not
    /// see it: not even a 403 tells of it.
    /// </summary>
    public static async Task<(IResult, GoverningBody?)> AdmitAsync(IEventStream<Meeting> meeting, IMeetingChange change,
        IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        if (meeting.Aggregate is not { } record) return (BoardProblems.UnknownMeeting(meeting.Key!), null);
        var body = (await session.Events.AggregateStreamAsync<GoverningBody>(record.BodyId, token: cancellation))!;
        if (!record.Public && !RecordReader.SeesPrivate(context.User, body.FootprintId, body.Id))
            return (BoardProblems.UnknownMeeting(meeting.Key!), null);
        return (Writes.Admit(meeting, change.Version, context, BoardProblems.UnknownMeeting,
            _ => new WriteScope(body.FootprintId, body.Id)), body);
    }
}
