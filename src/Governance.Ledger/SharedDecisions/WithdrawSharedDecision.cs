using Governance.Domain.SharedDecisions;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records that a shared decision was withdrawn before it was decided, and why.</summary>
public sealed record WithdrawSharedDecision(string Reason, DateOnly On, long Version, RecordedFrom Source);

public static class WithdrawSharedDecisionEndpoint
{
    public static ProblemDetails Validate(WithdrawSharedDecision command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Reason), command.Reason, "Say why it was withdrawn.");
        problems.CheckChange(nameof(command.On), command.On, command.Version, command.Source);
    });

    public static IResult Before(WithdrawSharedDecision command, IEventStream<SharedDecision> decision, HttpContext context) =>
        SharedDecisionChange.Admit(decision, command.Version, context);

    [RecordsOnce]
    [WolverinePost("/api/shared-decisions/{id}/withdrawal", OperationId = "WithdrawSharedDecision")]
    public static Task<IResult> Post(WithdrawSharedDecision command,
        [Written] IEventStream<SharedDecision> decision,
        IMessageBus bus, HttpContext context) =>
        decision.RecordAsync(SharedDecisionRules.Withdraw(decision.Aggregate!, command.Reason.Trim(),
            EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), bus, context.Today());
}
