using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Records progress on an action with a note (and a new due date, where it moved), or closes it with one.</summary>
public sealed record UpdateAction(string Note, DateOnly? DueOn, bool Close, DateOnly On, long Version, RecordedFrom Source)
    : IBodyListChange;

public static class UpdateActionEndpoint
{
    public static string ActionsOf(string id) => ActionLog.StreamKey(id);

    public static ProblemDetails Validate(UpdateAction command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Note), command.Note, "Say what was done, or why it is closed.");
        if (command.Close && command.DueOn is not null) problems.Add(nameof(command.DueOn), "A closed action has no new due date.");
        problems.CheckListChange(command);
    });

    public static async Task<IResult> LoadAsync(string id, UpdateAction command, IEventStream<ActionLog> actions,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        (await BodyLists.AdmitAsync(id, actions, command, session, context, cancellation)).Item1;

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/actions/{action}/updates", OperationId = "UpdateAction")]
    public static IResult Post(string action, UpdateAction command, [Written(nameof(ActionsOf))] IEventStream<ActionLog> actions,
        HttpContext context)
    {
        if (actions.Aggregate is not { } log) return RequestProblems.Rejected($"The action log has no action {action}.");
        var provenance = command.Source.ToProvenance(context);
        return command.Close
            ? actions.Record(log.Close(action, command.Note, command.On, provenance), context)
            : actions.Record(log.Progress(action, command.Note, command.DueOn, command.On, provenance), context);
    }
}
