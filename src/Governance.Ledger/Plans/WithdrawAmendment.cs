using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>Records that an amendment was withdrawn, and why.</summary>
public sealed record WithdrawAmendment(string Reason, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

public static class WithdrawAmendmentEndpoint
{
    public static ProblemDetails Validate(WithdrawAmendment command) => PlanChange.Check(command, problems =>
        problems.Require(nameof(command.Reason), command.Reason, "Say why it was withdrawn."));

    public static IResult Before(WithdrawAmendment command, IEventStream<Plan> plan, HttpContext context) =>
        PlanChange.Admit(plan, command, context);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/withdrawal", OperationId = "WithdrawAmendment")]
    public static IResult Post(string amendmentId, WithdrawAmendment command,
        [Written] IEventStream<Plan> plan, HttpContext context) =>
        plan.Record(PlanRules.Withdraw(plan.Aggregate!, amendmentId, command.Reason, EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
}
