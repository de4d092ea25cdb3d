using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Strikes out a meeting recorded in error, or one of its resolutions (<c>resolution</c>, e.g. 2017/3), with
/// the reason. Nothing is deleted: the history and the audit chain keep every event, and every read as known after the
/// strike-out leaves the meeting or the resolution out.</summary>
public sealed record StrikeOut(string? Resolution, string Reason, long Version, RecordedFrom Source) : IMeetingChange;

public static class StrikeOutEndpoint
{
    public static ProblemDetails Validate(StrikeOut command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Reason), command.Reason, "Say why the record was made in error.");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(StrikeOut command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/strike-outs", OperationId = "StrikeOut")]
    public static IResult Post(StrikeOut command, [Written] IEventStream<Meeting> meeting, HttpContext context) =>
        string.IsNullOrWhiteSpace(command.Resolution)
            ? meeting.Record(MeetingCorrections.StrikeOut(meeting.Aggregate!, command.Reason, command.Source.ToProvenance(context)), context)
            : meeting.Record(MeetingCorrections.StrikeOutResolution(meeting.Aggregate!, command.Resolution.Trim(), command.Reason,
                command.Source.ToProvenance(context)), context);
}
