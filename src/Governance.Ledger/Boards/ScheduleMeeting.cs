using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

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

    [RecordsOnce]
    [WolverinePost("/api/bodies/{bodyId}/meetings", OperationId = "ScheduleMeeting")]
    public static async Task<IResult> Post(string bodyId, ScheduleMeeting command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        var body = await session.Events.AggregateStreamAsync<GoverningBody>(bodyId, token: cancellation);
        if (body is null) return BoardProblems.UnknownBody(bodyId);
        if (WriteAccess.Check(context, body.FootprintId, body.Id) is { } denied) return denied;

        var decision = MeetingRules.Schedule(body, command.Date, command.Public, command.Title?.Trim(),
            command.Source.ToProvenance(context));
        if (decision.Event is null) return RequestProblems.Rejected(decision.Rejection!);

        var id = Guid.CreateVersion7().ToString("N");
        session.Events.StartStream<Meeting>(id, decision.Event);
        return TypedResults.Created($"/api/meetings/{id}", new RecordedResponse(id, 1));
    }
}
