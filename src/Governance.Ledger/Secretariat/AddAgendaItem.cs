using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;

namespace Governance.Ledger.Secretariat;

/// <summary>Puts an item on a meeting's agenda: its number, title, public or private part, lead and purpose, the
/// forward plan item it takes up (if it was planned), and the organisations it concerns.</summary>
public sealed record AddAgendaItem(string Number, string Title, bool Private, string Lead, ItemPurpose? Purpose,
    string? ForwardPlanItemId, IReadOnlyList<string>? Concerns, long Version, RecordedFrom Source) : IMeetingChange;

public static class AddAgendaItemEndpoint
{
    public static ProblemDetails Validate(AddAgendaItem command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Number), command.Number, "Number the item (1, 2, 2.1, ...).");
        problems.Require(nameof(command.Title), command.Title, "Give the item's title as the agenda does.");
        problems.Require(nameof(command.Lead), command.Lead, "Name who leads the item.");
        problems.Require(nameof(command.Purpose), command.Purpose, "Say what the item is for: Decision, Discussion or Information.");
        problems.CheckChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(AddAgendaItem command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/agenda", OperationId = "AddAgendaItem")]
    public static async Task<IResult> Post(AddAgendaItem command, [Written] IEventStream<Meeting> meeting, GoverningBody body,
        IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var planned = command.ForwardPlanItemId is { } item &&
                      (await session.Events.AggregateStreamAsync<ForwardPlan>(ForwardPlan.StreamKey(body.Id), token: cancellation))
                      ?.Stood(item.Trim(), meeting.Aggregate!.Date) == true;
        return meeting.Record(AgendaRules.AddItem(meeting.Aggregate!, command.Number, command.Title, command.Private, command.Lead,
            command.Purpose!.Value, string.IsNullOrWhiteSpace(command.ForwardPlanItemId) ? null : command.ForwardPlanItemId.Trim(),
            planned, command.Concerns ?? [], command.Source.ToProvenance(context)), context);
    }
}
