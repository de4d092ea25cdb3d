using Governance.Ledger.Infrastructure;
using Governance.Domain.SharedDecisions;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records that a shared decision lapsed: its deadline passed while it still awaited ratification.</summary>
public sealed record LapseSharedDecision(long Version, RecordedFrom Source);

public static class LapseSharedDecisionEndpoint
{
    public static ProblemDetails Validate(LapseSharedDecision command) => RequestProblems.Check(problems =>
    {
        problems.RequirePositive(nameof(command.Version), command.Version, "Send the decision's version you read.");
        problems.Check(command.Source, nameof(command.Source));
    });

    public static IResult Before(LapseSharedDecision command, IEventStream<SharedDecision> decision, HttpContext context) =>
        SharedDecisionChange.Admit(decision, command.Version, context);

    [RecordsOnce]
    [WolverinePost("/api/shared-decisions/{id}/lapse", OperationId = "LapseSharedDecision")]
    public static Task<IResult> Post(LapseSharedDecision command,
        [Written] IEventStream<SharedDecision> decision,
        IMessageBus bus, HttpContext context, TimeProvider clock) =>
        decision.RecordAsync(SharedDecisionRules.Lapse(decision.Aggregate!, clock.Today(),
            command.Source.ToProvenance(context)), bus, context.Today());
}
