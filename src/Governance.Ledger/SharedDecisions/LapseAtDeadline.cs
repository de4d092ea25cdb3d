using Governance.Ledger.Infrastructure;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.SharedDecisions.Notices;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Governance.Ledger.SharedDecisions;

/// <summary>
/// Scheduled when a decision is proposed, for the end of its deadline day in England, and kept in the database
/// until then, so it survives restarts. A decision recorded after its deadline is history being entered: nothing is
/// scheduled for it, and its secretary records its ratifications, or its lapse, as the papers show.
/// </summary>
public sealed record LapseAtDeadline(string DecisionId)
{
    public static DateTimeOffset DueAt(DateOnly deadline)
    {
        var midnight = deadline.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, LedgerClock.England.GetUtcOffset(midnight));
    }

    public static readonly Provenance Provenance =
        new("ledger", null, new SourceDocument("The deadline passed with the decision still awaiting ratification"));
}

public static class LapseAtDeadlineHandler
{
    // A ratification recorded at the same moment wins or loses the race; the lapse is then decided again.
    public static void Configure(HandlerChain chain) => chain
        .OnException(ConcurrencyConflictHandler.IsConcurrencyFailure)
        .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));

    public static async Task Handle(LapseAtDeadline due,
        [WriteAggregate(nameof(LapseAtDeadline.DecisionId), Required = false)] IEventStream<SharedDecision> stream,
        IDocumentSession session, IMessageBus bus, TimeProvider clock)
    {
        if (stream.Aggregate is not { Status: SharedDecisionStatus.AwaitingRatification } decision) return;

        var (now, dueAt) = (clock.GetUtcNow(), LapseAtDeadline.DueAt(decision.Deadline));
        if (now < dueAt)
        {
            await bus.ScheduleAsync(due, dueAt);
            return;
        }

        session.LastModifiedBy = LapseAtDeadline.Provenance.RecordedBy;
        await stream.RecordAsync(SharedDecisionRules.Lapse(decision, LedgerClock.DayAt(now), LapseAtDeadline.Provenance), bus, clock.Today());
    }
}
