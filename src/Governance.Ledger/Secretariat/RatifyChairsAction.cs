using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Secretariat;

/// <summary>Records that a meeting of the body ratified a chair's action by one of its resolutions.</summary>
public sealed record RatifyChairsAction(string MeetingId, string Resolution, long Version, RecordedFrom Source);

public static class RatifyChairsActionEndpoint
{
    public static string ChairsActionsOf(string id) => ChairsActions.StreamKey(id);

    public static ProblemDetails Validate(RatifyChairsAction command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.MeetingId), command.MeetingId, "Name the meeting that ratified it.");
        problems.Require(nameof(command.Resolution), command.Resolution, "Give the number of the resolution that ratified it.");
        problems.RequirePositive(nameof(command.Version), command.Version, "Send the list's version you read.");
        problems.Check(command.Source, nameof(command.Source));
    });

    public static async Task<IResult> LoadAsync(string id, RatifyChairsAction command, IEventStream<ChairsActions> taken,
        IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        if (await session.Events.AggregateStreamAsync<GoverningBody>(id, token: cancellation) is not { } body)
            return BoardProblems.UnknownBody(id);
        return WriteAccess.Check(context, body.FootprintId, body.Id) ?? Writes.Current(taken, command.Version);
    }

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/chairs-actions/{action}/ratification", OperationId = "RatifyChairsAction")]
    public static async Task<IResult> Post(string id, string action, RatifyChairsAction command,
        [Written(nameof(ChairsActionsOf))] IEventStream<ChairsActions> taken, IQuerySession session, HttpContext context,
        CancellationToken cancellation)
    {
        if (taken.Aggregate is not { } record) return RequestProblems.Rejected($"No chair's action {action} is recorded.");
        var (_, meetings) = await BodyRecords.AsAtAsync(session, id, new AsAtQuery(LedgerDateConverter.Latest, null), cancellation);
        if (meetings.FirstOrDefault(m => m.Id == command.MeetingId.Trim()) is not { } meeting)
            return RequestProblems.Rejected($"The body has no meeting {command.MeetingId}.");
        if (meeting.Find(command.Resolution.Trim()) is not { } resolution)
            return RequestProblems.Rejected($"No resolution {command.Resolution} was recorded at the meeting of {meeting.Date:yyyy-MM-dd}.");
        return taken.Record(record.Ratify(action, meeting, resolution, BodyMeetings.Held(meetings), command.Source.ToProvenance(context)), context);
    }
}
