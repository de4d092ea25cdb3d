using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>Redrafts a pending amendment against the sections' current revisions, so that it overwrites no change unseen.</summary>
public sealed record RebaseAmendment(IReadOnlyList<SectionChange> Changes, string Reason, DateOnly On, long Version,
    RecordedFrom Source) : IPlanChange;

public static class RebaseAmendmentEndpoint
{
    public static ProblemDetails Validate(RebaseAmendment command) => PlanChange.Check(command, problems =>
    {
        problems.CheckChanges(command.Changes);
        problems.Require(nameof(command.Reason), command.Reason, "Say what the rebase takes into account.");
    });

    public static IResult Before(RebaseAmendment command, IEventStream<Plan> plan, HttpContext context) =>
        PlanChange.Admit(plan, command, context);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/rebase", OperationId = "RebaseAmendment")]
    public static IResult Post(string amendmentId, RebaseAmendment command,
        [Written] IEventStream<Plan> plan, HttpContext context) =>
        plan.Record(PlanRules.Rebase(plan.Aggregate!, amendmentId, command.Changes, command.Reason,
            EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), context);
}
