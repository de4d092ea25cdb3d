using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>Records that an amendment was rejected, and why.</summary>
public sealed record RejectAmendment(string Reason, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

public static class RejectAmendmentEndpoint
{
    public static ProblemDetails Validate(RejectAmendment command) => PlanChange.Check(command, problems =>
        problems.Require(nameof(command.Reason), command.Reason, "Say why it was rejected."));

    public static IResult Before(RejectAmendment command, IEventStream<Plan> plan, HttpContext context) =>
        PlanChange.Admit(plan, command, context);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/rejection", OperationId = "RejectAmendment")]
    public static IResult Post(string amendmentId, RejectAmendment command,
        [Written] IEventStream<Plan> plan, HttpContext context) =>
        plan.Record(PlanRules.Reject(plan.Aggregate!, amendmentId, command.Reason, EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
}
