using Governance.Domain.SharedDecisions;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.SharedDecisions.Notices;
using JasperFx.Events;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records that a shared decision was withdrawn before it was decided, and why.</summary>
public sealed record WithdrawSharedDecision(string Reason, DateOnly On, long Version, RecordedFrom Source);

/// <summary>Records that a shared decision lapsed: its deadline passed while it still awaited ratification.</summary>
public sealed record LapseSharedDecision(long Version, RecordedFrom Source);

public static class WithdrawSharedDecisionEndpoint
{
    public static ProblemDetails Validate(WithdrawSharedDecision command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Reason), command.Reason, "Say why it was withdrawn.");
        problems.CheckChange(nameof(command.On), command.On, command.Version, command.Source);
    });

    [RecordsOnce]
    [WolverinePost("/api/shared-decisions/{id}/withdrawal", OperationId = "WithdrawSharedDecision")]
    public static Task<IResult> Withdraw(string id, WithdrawSharedDecision command, IDocumentSession session,
        IMessageBus bus, HttpContext context, CancellationToken cancellation) =>
        SharedDecisionWrites.RecordAsync(session, bus, id, command.Version, context, decision =>
            SharedDecisionRules.Withdraw(decision, command.Reason.Trim(), EffectiveDate.OnDay(command.On),
                command.Source.ToProvenance(context)), cancellation);
}

public static class LapseSharedDecisionEndpoint
{
    public static ProblemDetails Validate(LapseSharedDecision command) => RequestProblems.Check(problems =>
    {
        problems.RequirePositive(nameof(command.Version), command.Version, "Send the decision's version you read.");
        problems.Check(command.Source, nameof(command.Source));
    });

    [RecordsOnce]
    [WolverinePost("/api/shared-decisions/{id}/lapse", OperationId = "LapseSharedDecision")]
    public static Task<IResult> Post(string id, LapseSharedDecision command, IDocumentSession session,
        IMessageBus bus, HttpContext context, TimeProvider clock, CancellationToken cancellation) =>
        SharedDecisionWrites.RecordAsync(session, bus, id, command.Version, context, decision =>
            SharedDecisionRules.Lapse(decision, LapseAtDeadline.DayAt(clock.GetUtcNow()),
                command.Source.ToProvenance(context)), cancellation);
}

public static class SharedDecisionWrites
{
    /// <summary>A versioned write to a shared decision by its footprint's secretary.</summary>
    public static async Task<IResult> RecordAsync(IDocumentSession session, IMessageBus bus, string id, long version,
        HttpContext context, Func<SharedDecision, SharedDecisionOutcome> decide, CancellationToken cancellation)
    {
        var (stream, problem) = await StreamForWriting.FetchAsync<SharedDecision>(session, id, version,
            SharedDecisionProblems.Unknown, cancellation, decision => WriteAccess.Check(context, decision.FootprintId));
        if (stream is null) return problem!;

        var outcome = decide(stream.Aggregate!);
        if (outcome.Rejection is not null) return RequestProblems.Rejected(outcome.Rejection);
        return TypedResults.Ok(new RecordedResponse(id, await stream.RecordAsync(outcome.Events, bus)));
    }

    /// <summary>Appends a decision's events and, if they conclude it, publishes the notice through the outbox of the
    /// same session, so that it is sent only if they commit. Returns the decision's version after them.</summary>
    public static async Task<long> RecordAsync(this IEventStream<SharedDecision> stream,
        IReadOnlyList<ISharedDecisionEvent> events, IMessageBus bus)
    {
        var before = stream.StartingVersion ?? 0;
        if (SharedDecisionConcluded.For(stream.Aggregate!, events, before) is { } notice) await bus.PublishAsync(notice);
        stream.AppendMany(events);
        return before + events.Count;
    }
}
