using Governance.Domain.SharedDecisions;
using Governance.Ledger.Boards;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records the joint committee's decision on a matter delegated to it: a resolution of its own body that
/// passed puts the shared decision into effect that day, with no ratification by the partners.</summary>
public sealed record DecideInCommittee(ApprovingDecision Resolution, DateOnly On, long Version, RecordedFrom Source);

public static class DecideInCommitteeEndpoint
{
    public static ProblemDetails Validate(DecideInCommittee command) => RequestProblems.Check(problems =>
    {
        if (command.Resolution is null || string.IsNullOrWhiteSpace(command.Resolution.BodyId)
                                      || string.IsNullOrWhiteSpace(command.Resolution.Resolution))
            problems.Add(nameof(command.Resolution), "Name the joint committee's resolution: its body id and number.");
        problems.CheckChange(nameof(command.On), command.On, command.Version, command.Source);
    });

    public static IResult Before(DecideInCommittee command, IEventStream<SharedDecision> decision, HttpContext context) =>
        SharedDecisionChange.Admit(decision, command.Version, context);

    [RecordsOnce]
    [WolverinePost("/api/shared-decisions/{id}/committee-decision", OperationId = "DecideInCommittee")]
    public static async Task<IResult> Post(DecideInCommittee command,
        [Written] IEventStream<SharedDecision> decision,
        IQuerySession session, IMessageBus bus, HttpContext context, CancellationToken cancellation)
    {
        var standing = await CitedResolutions.StandingAsync(session, command.Resolution,
            new Citing(decision.Aggregate!.FootprintId, command.On, decision.Aggregate!.ProposedOn), context.User, cancellation);
        return await decision.RecordAsync(SharedDecisionRules.DecideInCommittee(decision.Aggregate!, command.Resolution,
            standing, EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), bus, context.Today());
    }
}
