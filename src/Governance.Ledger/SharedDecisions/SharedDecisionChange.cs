using Governance.Domain.SharedDecisions;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.SharedDecisions.Notices;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

public static class SharedDecisionChange
{
    /// <summary>A shared decision is written by its footprint's secretaries.</summary>
    public static IResult Admit(IEventStream<SharedDecision> decision, long? versionRead, HttpContext context) =>
        Writes.Admit(decision, versionRead, context, SharedDecisionProblems.Unknown, d => new WriteScope(d.FootprintId));

    /// <summary>Records what the rule decided and, if it concludes the decision, publishes the notice through the
    /// outbox of the same session, so that it is sent only if the events commit.</summary>
    public static async Task<IResult> RecordAsync(this IEventStream<SharedDecision> stream,
        Decision<ISharedDecisionEvent> decision, IMessageBus bus, DateOnly today)
    {
        if (Writes.Refusal(decision, today) is null &&
            SharedDecisionConcluded.For(stream.Aggregate!, decision.Events, stream.CurrentVersion ?? 0) is { } notice)
            await bus.PublishAsync(notice);
        return stream.Record(decision, today);
    }
}

public static class SharedDecisionProblems
{
    public static IResult Unknown(string id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No such shared decision",
        detail: $"The ledger has no shared decision '{id}'. GET /api/organisations/{{code}}/awaiting-ratification lists open ones.");
}
