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
    public static async Task<IResult> Post(SupersedePlan command,
        [Written] IEventStream<Plan> plan, IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var by = command.SupersededBy.Trim();
        var successor = await FootprintPlans.FindAsync(session, by, plan.Aggregate!.FootprintId, cancellation);
        return plan.Record(PlanRules.Supersede(plan.Aggregate!, by, successor?.DraftedOn, EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
    }
}
