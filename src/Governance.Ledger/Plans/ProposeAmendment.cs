using Governance.Domain.Plans;

namespace Governance.Ledger.Plans;

/// <summary>Proposes changes to sections, each drafted against the section's revision the drafter read.</summary>
public sealed record ProposeAmendment(IReadOnlyList<SectionChange> Changes, string Reason, DateOnly On, long Version,
    RecordedFrom Source) : IPlanChange;

/// <summary>The answer to a proposed amendment: the id it goes by from now on.</summary>
public sealed record AmendmentRecorded(string PlanId, string AmendmentId, long Version);

public static class ProposeAmendmentEndpoint
{
    public static ProblemDetails Validate(ProposeAmendment command) => PlanChange.Check(command, problems =>
    {
        problems.CheckChanges(command.Changes);
        problems.Require(nameof(command.Reason), command.Reason, "Say why the plan should change.");
    });

    public static IResult Before(ProposeAmendment command, IEventStream<Plan> plan, HttpContext context) =>
        PlanChange.Admit(plan, command, context);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments", OperationId = "ProposeAmendment")]
    public static IResult Post(ProposeAmendment command,
        [Written] IEventStream<Plan> plan, HttpContext context) =>
        plan.Record(PlanRules.Propose(plan.Aggregate!, $"A{plan.Aggregate!.Amendments.Count + 1}", command.Changes,
                command.Reason, EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)),
            (proposed, version) => new AmendmentRecorded(plan.Key!, proposed.AmendmentId, version));
}
