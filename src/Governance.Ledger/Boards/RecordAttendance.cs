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

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/attendance", OperationId = "RecordAttendance")]
    public static Task<IResult> Post(string id, RecordAttendance command, IDocumentSession session, HttpContext context,
        CancellationToken cancellation) =>
        MeetingWrites.RecordAsync(session, id, command, context, (body, meeting, provenance) =>
            MeetingRules.RecordAttendance(body, meeting, command.Present, command.Apologies ?? [], provenance),
            cancellation);
}
