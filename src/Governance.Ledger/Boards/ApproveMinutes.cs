using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Records that a meeting's minutes were approved at a later meeting of the same body.</summary>
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
        IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var approving = await session.Events.AggregateStreamAsync<Meeting>(command.ApprovedAtMeetingId, token: cancellation);
        // Another body's meeting is answered as unknown: its meetings may be private to their own secretaries.
        return approving is null || approving.BodyId != meeting.Aggregate!.BodyId
            ? BoardProblems.UnknownMeeting(command.ApprovedAtMeetingId)
            : meeting.Record(MeetingRules.ApproveMinutes(meeting.Aggregate!, approving, command.Source.ToProvenance(context)));
    }
}
