using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;

namespace Governance.Ledger.Secretariat;

/// <summary>Raises an action arising at a meeting of the body, from a resolution or an agenda item: what, who owns it,
/// and when it is due.</summary>
/// <param name="ArisingFrom">The resolution or agenda item, as the minutes name it ("resolution 2017/4", "item 3").</param>
/// <param name="ItemNumber">The agenda item it arises from, where there is one: an action of a private item is private.</param>
public sealed record RaiseAction(string What, string Owner, DateOnly DueOn, string MeetingId, string ArisingFrom,
    DateOnly On, long Version, RecordedFrom Source, string? ItemNumber = null) : IBodyListChange;

public static class RaiseActionEndpoint
{
    public static string ActionsOf(string id) => ActionLog.StreamKey(id);

    public static ProblemDetails Validate(RaiseAction command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.What), command.What, "Say what is to be done.");
        problems.Require(nameof(command.Owner), command.Owner, "Name who owns the action.");
        problems.Require(nameof(command.MeetingId), command.MeetingId, "Name the meeting it arose at.");
        problems.Require(nameof(command.ArisingFrom), command.ArisingFrom, "Name the resolution or agenda item it arises from.");
        problems.RequireDate(nameof(command.DueOn), command.DueOn, "Give the date it is due, as YYYY-MM-DD.");
        problems.CheckListChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, RaiseAction command, IEventStream<ActionLog> actions,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, actions, command, session, context, cancellation);

    /// <returns>The action's id (A-1, A-2, ...), and the action log's version.</returns>
    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/actions", OperationId = "RaiseAction")]
    public static async Task<IResult> Post(RaiseAction command, [Written(nameof(ActionsOf))] IEventStream<ActionLog> actions,
        GoverningBody body, IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var meeting = await session.Events.AggregateStreamAsync<Meeting>(command.MeetingId.Trim(), token: cancellation);
        if (meeting?.BodyId != body.Id) return RequestProblems.Rejected($"{body.Name} has no meeting {command.MeetingId}.");
        var item = string.IsNullOrWhiteSpace(command.ItemNumber) ? null : command.ItemNumber.Trim();
        if (item is not null && meeting.Agenda.All(i => i.Number != item))
            return RequestProblems.Rejected($"The meeting of {meeting.Date:yyyy-MM-dd} has no agenda item {item}.");
        if (command.On < meeting.Date)
            return RequestProblems.Rejected($"The meeting was on {meeting.Date:yyyy-MM-dd}; an action arising at it is raised then or after.");
        return actions.Record(ActionLog.Raise(actions.Aggregate, body.Id, $"A-{(actions.Aggregate?.Actions.Count ?? 0) + 1}",
                command.What, command.Owner, command.DueOn, meeting.Id, command.ArisingFrom, command.On,
                command.Source.ToProvenance(context), item), context,
            (e, version) => new RecordedResponse(e.ActionId, version));
    }
}
