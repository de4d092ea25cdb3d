using Governance.Domain.Boards;
using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Records an urgent decision taken by the chair (or the chair and vice-chair) between meetings under the
/// body's standing orders, with why it could not wait; it stands flagged until a quorate meeting ratifies it.</summary>
/// <param name="TakenBy">The seats of the chair, and of the vice-chair where both acted.</param>
public sealed record TakeChairsAction(string Decision, string Reasons, IReadOnlyList<string> TakenBy, DateOnly On, long Version,
    RecordedFrom Source) : IBodyListChange;

public static class TakeChairsActionEndpoint
{
    public static string ChairsActionsOf(string id) => ChairsActions.StreamKey(id);

    public static ProblemDetails Validate(TakeChairsAction command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Decision), command.Decision, "Say what was decided.");
        problems.Require(nameof(command.Reasons), command.Reasons, "Say why it could not wait for a meeting.");
        if (command.TakenBy is not { Count: > 0 }) problems.Add(nameof(command.TakenBy), "Name the chair's seat (and the vice-chair's).");
        problems.CheckListChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, TakeChairsAction command, IEventStream<ChairsActions> taken,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, taken, command, session, context, cancellation);

    /// <returns>The chair's action's id (CA-1, CA-2, ...), and the list's version.</returns>
    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/chairs-actions", OperationId = "TakeChairsAction")]
    public static IResult Post(TakeChairsAction command, [Written(nameof(ChairsActionsOf))] IEventStream<ChairsActions> taken,
        GoverningBody body, HttpContext context) =>
        taken.Record(ChairsActions.Take(taken.Aggregate, body, $"CA-{(taken.Aggregate?.Actions.Count ?? 0) + 1}", command.Decision,
                command.Reasons, command.TakenBy.Select(s => s.Trim()).ToList(), command.On, command.Source.ToProvenance(context)), context,
            (e, version) => new RecordedResponse(e.ActionId, version));
}
