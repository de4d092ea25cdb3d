using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Records a meeting of a body on a date, public or private.</summary>
public sealed record ScheduleMeeting(DateOnly Date, bool Public, string? Title, RecordedFrom Source);

public static class ScheduleMeetingEndpoint
{
    public static ProblemDetails Validate(ScheduleMeeting command) => RequestProblems.Check(problems =>
    {
        problems.RequireDate(nameof(command.Date), command.Date, "Give the meeting's date, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    /// <summary>A body's secretaries schedule its meetings; the body's version is not asked for, since a meeting is a
    /// record of its own.</summary>
    public static IResult Before(IEventStream<GoverningBody> body, HttpContext context) =>
        Writes.Admit(body, versionRead: null, context, BoardProblems.UnknownBody, b => new WriteScope(b.FootprintId, b.Id));

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/meetings", OperationId = "ScheduleMeeting")]
    public static IResult Post(ScheduleMeeting command,
        [Written] IEventStream<GoverningBody> body,
        IDocumentSession session, HttpContext context) =>
        Writes.Start<Meeting, MeetingScheduled>(session, "/api/meetings", MeetingRules.Schedule(body.Aggregate!, command.Date,
            command.Public, command.Title?.Trim(), command.Source.ToProvenance(context)), context);
}
