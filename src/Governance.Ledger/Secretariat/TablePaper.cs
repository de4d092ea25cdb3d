using Governance.Domain.Boards;
using Governance.Ledger.Boards;
using Governance.Ledger.Secretariat.Papers;

namespace Governance.Ledger.Secretariat;

/// <summary>Tables a stored paper (by the SHA-256 POST /api/papers answered) for an agenda item; naming an existing
/// paper id re-issues that paper as its next version.</summary>
public sealed record TablePaper(string? PaperId, string Title, string Sha256, string FileName, DateOnly TabledOn, long Version,
    RecordedFrom Source) : IMeetingChange;

public static class TablePaperEndpoint
{
    public static ProblemDetails Validate(TablePaper command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Title), command.Title, "Give the paper's title.");
        problems.Require(nameof(command.Sha256), command.Sha256, "Give the SHA-256 that POST /api/papers answered for its content.");
        problems.Require(nameof(command.FileName), command.FileName, "Give the file's name, as it is downloaded.");
        problems.RequireDate(nameof(command.TabledOn), command.TabledOn, "Give the date it was tabled or re-issued, as YYYY-MM-DD.");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(TablePaper command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    /// <returns>The paper's id and the meeting's version.</returns>
    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/agenda/{item}/papers", OperationId = "TablePaper")]
    public static async Task<IResult> Post(string item, TablePaper command, [Written] IEventStream<Meeting> meeting,
        IPaperStore store, IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var sha256 = command.Sha256.Trim().ToLowerInvariant();
        // A paper tabled somewhere the caller may not see is, to them, not stored: tabling it here would publish it.
        if (!(await PaperAccess.ForAsync(session, sha256, context.User, cancellation)).Everywhere ||
            await store.FindAsync(sha256, cancellation) is not { } stored)
            return RequestProblems.Rejected($"No paper with SHA-256 {sha256} is stored; send its bytes to POST /api/papers first.");
        var paperId = string.IsNullOrWhiteSpace(command.PaperId) ? $"paper-{Writes.NewId()}" : command.PaperId.Trim();
        return meeting.Record(AgendaRules.Table(meeting.Aggregate!, item, paperId, command.Title, sha256, stored.ContentType,
                stored.Length, Path.GetFileName(command.FileName.Trim()), command.TabledOn, command.Source.ToProvenance(context)), context,
            (e, version) => new RecordedResponse(e.Paper.PaperId, version));
    }
}
