using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Records that a resolution's text, reasons or item was minuted wrongly: what it said, what is right, and
/// why. Nothing is overwritten: the original and the correction both stay in the record.</summary>
public sealed record CorrectResolution(
    string Number, string Field, string Correct, string Reason, long Version, RecordedFrom Source) : IMeetingChange;

public static class CorrectResolutionEndpoint
{
    public static ProblemDetails Validate(CorrectResolution command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Number), command.Number, "Give the number of the resolution to correct.");
        problems.Require(nameof(command.Field), command.Field,
            $"Say what to correct: {string.Join(", ", MeetingRules.CorrectableFields)}.");
        problems.Require(nameof(command.Correct), command.Correct, "Give what the record should say.");
        problems.Require(nameof(command.Reason), command.Reason, "Say why the record was wrong.");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(CorrectResolution command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/corrections", OperationId = "CorrectResolution")]
    public static IResult Post(CorrectResolution command,
        [Written] IEventStream<Meeting> meeting, HttpContext context) =>
        meeting.Record(MeetingRules.CorrectResolution(meeting.Aggregate!, command.Number.Trim(),
            command.Field.Trim().ToLowerInvariant(), command.Correct, command.Reason, command.Source.ToProvenance(context)), context);
}
