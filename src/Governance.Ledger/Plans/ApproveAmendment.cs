using Governance.Domain.Plans;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.Boards;
using Governance.Ledger.ServiceChanges;

namespace Governance.Ledger.Plans;

/// <summary>Records the approval of an amendment by a resolution that passed and stands, and the date it takes effect.</summary>
public sealed record ApproveAmendment(ApprovingDecision ApprovedBy, DateOnly EffectiveFrom, DateOnly On, long Version,
    RecordedFrom Source) : IPlanChange;

public static class ApproveAmendmentEndpoint
{
    public static ProblemDetails Validate(ApproveAmendment command) => PlanChange.Check(command, problems =>
    {
        problems.RequireDate(nameof(command.EffectiveFrom), command.EffectiveFrom,
            "Give the date the change takes effect in the plan, as YYYY-MM-DD.");
        if (command.ApprovedBy is null || string.IsNullOrWhiteSpace(command.ApprovedBy.BodyId)
                                       || string.IsNullOrWhiteSpace(command.ApprovedBy.Resolution))
            problems.Add(nameof(command.ApprovedBy), "Name the resolution that approved it: its body id and number.");
    });

    public static IResult Before(ApproveAmendment command, IEventStream<Plan> plan, HttpContext context) =>
        PlanChange.Admit(plan, command, context);

    [RecordsOnce]
    [WolverinePost("/api/plans/{id}/amendments/{amendmentId}/approval", OperationId = "ApproveAmendment")]
    public static async Task<IResult> Post(string amendmentId, ApproveAmendment command,
        [Written] IEventStream<Plan> plan,
        IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var standing = await CitedResolutions.StandingAsync(session, command.ApprovedBy,
            new Citing(plan.Aggregate!.FootprintId, command.On, plan.Aggregate!.Find(amendmentId)?.ProposedOn), context.User, cancellation);
        var serviceChange = plan.Aggregate!.Find(amendmentId)?.ServiceChangeId is { } carried
            ? ServiceChangeStanding.Of(carried,
                await session.Events.AggregateStreamAsync<ServiceChangeProposal>(carried, token: cancellation),
                await AssuranceRuleBooks.ReadAsync(session, cancellation), command.On)
            : null;
        return plan.Record(PlanRules.Approve(plan.Aggregate!, amendmentId, command.ApprovedBy, standing,
            command.EffectiveFrom, EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context), serviceChange), context);
    }
}
