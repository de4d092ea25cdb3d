using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Records that a meeting was held on another date than recorded: the correct date and why. The original
/// stays in the record; reads as known after this place the meeting, and what was recorded at it, on the correct date.</summary>
public sealed record CorrectMeetingDate(DateOnly Date, string Reason, long Version, RecordedFrom Source) : IMeetingChange;

public static class CorrectMeetingDateEndpoint
{
    public static ProblemDetails Validate(CorrectMeetingDate command) => RequestProblems.Check(problems =>
    {
        problems.RequireDate(nameof(command.Date), command.Date, "Give the date the meeting was held, as YYYY-MM-DD.");
        problems.Require(nameof(command.Reason), command.Reason, "Say why the recorded date was wrong.");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(CorrectMeetingDate command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/date-correction", OperationId = "CorrectMeetingDate")]
    public static IResult Post(CorrectMeetingDate command, [Written] IEventStream<Meeting> meeting, GoverningBody body,
        HttpContext context) =>
        meeting.Record(MeetingCorrections.CorrectDate(body, meeting.Aggregate!, command.Date, command.Reason, context.Today(),
            command.Source.ToProvenance(context)), context);
}
