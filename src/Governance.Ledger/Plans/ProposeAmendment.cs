using Governance.Domain.Plans;
using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.Plans;

/// <summary>Proposes changes to sections, each drafted against the section's revision the drafter read; and, where they
/// carry a proposed change to services, which one (it cannot then be approved before that change is decided).</summary>
public sealed record ProposeAmendment(IReadOnlyList<SectionChange> Changes, string Reason, DateOnly On, long Version,
    RecordedFrom Source, string? ServiceChangeId = null) : IPlanChange;

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
    public static async Task<IResult> Post(ProposeAmendment command,
        [Written] IEventStream<Plan> plan, IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var serviceChange = string.IsNullOrWhiteSpace(command.ServiceChangeId) ? null : command.ServiceChangeId.Trim();
        if (serviceChange is not null && (await session.Events.AggregateStreamAsync<ServiceChangeProposal>(serviceChange,
                token: cancellation))?.FootprintId != plan.Aggregate!.FootprintId)
            return RequestProblems.Rejected($"Footprint {plan.Aggregate!.FootprintId} has no proposed service change {serviceChange}.");

        return plan.Record(PlanRules.Propose(plan.Aggregate!, $"A{plan.Aggregate!.Amendments.Count + 1}", command.Changes,
                command.Reason, EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context), serviceChange), context,
            (proposed, version) => new AmendmentRecorded(plan.Key!, proposed.AmendmentId, version));
    }
}
