using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>Records that a later plan superseded this one; it takes no amendments from that date.</summary>
public sealed record SupersedePlan(string SupersededBy, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

public static class SupersedePlanEndpoint
{
    public static ProblemDetails Validate(SupersedePlan command) => PlanChange.Check(command, problems =>
        problems.Require(nameof(command.SupersededBy), command.SupersededBy, "Name the plan that superseded it."));

    public static IResult Before(SupersedePlan command, IEventStream<Plan> plan, HttpContext context) =>
        PlanChange.Admit(plan, command, context);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/supersession", OperationId = "SupersedePlan")]
    public static IResult Post(SupersedePlan command,
        [Written] IEventStream<Plan> plan, HttpContext context) =>
        plan.Record(PlanRules.Supersede(plan.Aggregate!, command.SupersededBy, EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
}
