using Governance.Domain.Boards;
using Governance.Ledger.Secretariat.Minutes;
using Governance.Ledger.Secretariat.Papers;

namespace Governance.Ledger.Boards;

/// <summary>Records that a meeting's minutes were approved at a later meeting of the same body, and keeps the minutes
/// the ledger writes from the record, as approved, as a paper under their SHA-256.</summary>
public sealed record ApproveMinutes(string ApprovedAtMeetingId, long Version, RecordedFrom Source) : IMeetingChange;

public static class ApproveMinutesEndpoint
{
    public static ProblemDetails Validate(ApproveMinutes command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.ApprovedAtMeetingId), command.ApprovedAtMeetingId,
            "Say at which meeting the minutes were approved.");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(ApproveMinutes command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/minutes-approval", OperationId = "ApproveMinutes")]
    public static async Task<IResult> Post(ApproveMinutes command,
        [Written] IEventStream<Meeting> meeting,
        IQuerySession session, IPaperStore papers, HttpContext context, CancellationToken cancellation)
    {
        var approving = await session.Events.AggregateStreamAsync<Meeting>(command.ApprovedAtMeetingId, token: cancellation);
        // Another body's meeting is answered as unknown: its meetings may be private to their own secretaries.
        if (approving is null || approving.BodyId != meeting.Aggregate!.BodyId) return BoardProblems.UnknownMeeting(command.ApprovedAtMeetingId);
        var decision = MeetingRules.ApproveMinutes(meeting.Aggregate!, approving, command.Source.ToProvenance(context));
        if (decision.Rejection is not null) return meeting.Record(decision, context);

        var approved = decision.Events.Single();
        var record = (await GetMinutes.ReadAsync(session, meeting.Key!, (_, whole) => whole, cancellation))!;
        // A meeting with nothing private keeps the minutes the public may download: without withheld register entries.
        var minutes = StoredPaper.Of("text/html", await MinutesWriter.WriteAsync(record with
        {
            Meeting = record.Meeting with { MinutesApproval = approved }, Version = record.Version + 1,
            SeesPrivate = !record.Meeting.Public || record.Meeting.Agenda.Any(i => i.Private),
        }, context.RequestServices));
        await papers.SaveAsync(minutes, cancellation);
        return meeting.Record(Decision<MinutesApproved>.Accept(approved with { MinutesSha256 = minutes.Id }), context);
    }
}
