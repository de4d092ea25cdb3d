using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>Records a plan milestone: draft submitted, final submitted, published or refreshed.</summary>
public sealed record ReachPlanMilestone(PlanMilestone Milestone, DateOnly On, long Version, RecordedFrom Source) : IPlanChange;

public static class ReachPlanMilestoneEndpoint
{
    public static ProblemDetails Validate(ReachPlanMilestone command) => PlanChange.Check(command);

    public static IResult Before(ReachPlanMilestone command, IEventStream<Plan> plan, HttpContext context) =>
        PlanChange.Admit(plan, command, context);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/milestones", OperationId = "ReachPlanMilestone")]
    public static IResult Post(ReachPlanMilestone command,
        [Written] IEventStream<Plan> plan, HttpContext context) =>
        plan.Record(PlanRules.ReachMilestone(plan.Aggregate!, command.Milestone, EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
}
