using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Boards;

/// <summary>What every change to a meeting's record states: the version read, and its source.</summary>
public interface IMeetingChange
{
    long Version { get; }

    RecordedFrom Source { get; }
}

/// <summary>A meeting is judged by its body's terms and seats on its date, so every write to it loads both.</summary>
public static class MeetingWrites
{
    /// <summary>A private meeting does not exist for a caller who may not see it: not even a 403 tells of it.</summary>
    public static bool HiddenFrom(HttpContext context, MeetingListing meeting, GoverningBody body) =>
        !meeting.Public && !WriteAccess.SeesPrivate(context.User, body.FootprintId, body.Id);

    public static void CheckChange(this RequestProblems problems, IMeetingChange change)
    {
        problems.RequirePositive(nameof(change.Version), change.Version, "Send the meeting's version you read.");
        problems.Check(change.Source, nameof(change.Source));
    }

    public static async Task<IResult> RecordAsync<TEvent>(IDocumentSession session, string meetingId,
        IMeetingChange change, HttpContext context,
        Func<GoverningBody, Meeting, Provenance, Decision<TEvent>> decide, CancellationToken cancellation)
        where TEvent : class, ILedgerEvent
    {
        var listing = await session.LoadAsync<MeetingListing>(meetingId, cancellation);
        if (listing is null) return BoardProblems.UnknownMeeting(meetingId);
        var body = (await session.Events.AggregateStreamAsync<GoverningBody>(listing.BodyId, token: cancellation))!;
        if (HiddenFrom(context, listing, body)) return BoardProblems.UnknownMeeting(meetingId);

        return await Record.OnStreamAsync<Meeting, TEvent>(session, meetingId, change.Version,
            BoardProblems.UnknownMeeting, _ => WriteAccess.Check(context, body.FootprintId, body.Id),
            meeting => decide(body, meeting, change.Source.ToProvenance(context)), cancellation);
    }
}
