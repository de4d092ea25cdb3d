using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Records which seats were present and which sent apologies; the ledger judges quoracy from it.</summary>
public sealed record RecordAttendance(
    IReadOnlyList<string> Present, IReadOnlyList<string>? Apologies, long Version, RecordedFrom Source) : IMeetingChange;

public static class RecordAttendanceEndpoint
{
    public static ProblemDetails Validate(RecordAttendance command) => RequestProblems.Check(problems =>
    {
        if (command.Present is null || command.Present.Count == 0)
            problems.Add(nameof(command.Present), "List the seats present (by seat id).");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(RecordAttendance command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/attendance", OperationId = "RecordAttendance")]
    public static IResult Post(RecordAttendance command,
        [Written] IEventStream<Meeting> meeting,
        GoverningBody body, HttpContext context) =>
        meeting.Record(MeetingRules.RecordAttendance(body, meeting.Aggregate!, command.Present, command.Apologies ?? [],
            command.Source.ToProvenance(context)), context);
}
