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

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/minutes-approval", OperationId = "ApproveMinutes")]
    public static async Task<IResult> Post(string id, ApproveMinutes command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        var approving = await session.Events.AggregateStreamAsync<Meeting>(command.ApprovedAtMeetingId, token: cancellation);
        if (approving is null) return BoardProblems.UnknownMeeting(command.ApprovedAtMeetingId);

        return await MeetingWrites.RecordAsync(session, id, command, context,
            (_, minuted, provenance) => MeetingRules.ApproveMinutes(minuted, approving, provenance), cancellation);
    }
}
