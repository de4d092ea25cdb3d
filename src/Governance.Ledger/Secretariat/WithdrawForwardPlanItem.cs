using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Withdraws an item from the forward plan, saying why; it stays in the record as withdrawn.</summary>
public sealed record WithdrawForwardPlanItem(string Reason, DateOnly On, long Version, RecordedFrom Source) : IBodyListChange;

public static class WithdrawForwardPlanItemEndpoint
{
    public static ProblemDetails Validate(WithdrawForwardPlanItem command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Reason), command.Reason, "Say why the item is withdrawn.");
        problems.CheckListChange(command);
    });

    public static async Task<IResult> LoadAsync(string id, WithdrawForwardPlanItem command, IEventStream<ForwardPlan> plan,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        (await BodyLists.AdmitAsync(id, plan, command, session, context, cancellation)).Item1;

    public static string ForwardPlanOf(string id) => ForwardPlan.StreamKey(id);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/forward-plan/{item}/withdrawal", OperationId = "WithdrawForwardPlanItem")]
    public static IResult Post(string item, WithdrawForwardPlanItem command,
        [Written(nameof(ForwardPlanOf))] IEventStream<ForwardPlan> plan, HttpContext context) =>
        plan.Aggregate is { } existing
            ? plan.Record(existing.Withdraw(item, command.Reason, command.On, command.Source.ToProvenance(context)), context)
            : RequestProblems.Rejected($"The forward plan has no item {item}.");
}
