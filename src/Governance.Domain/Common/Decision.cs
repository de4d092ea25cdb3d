namespace Governance.Domain.Common;

/// <summary>What a rule decided about a command: the events to record, or why nothing may be recorded.</summary>
public sealed record Decision<TEvent> where TEvent : class, ILedgerEvent
{
    private Decision(IReadOnlyList<TEvent> events, string? rejection) => (Events, Rejection) = (events, rejection);

    public IReadOnlyList<TEvent> Events { get; }

    public string? Rejection { get; }

    public static Decision<TEvent> Accept(params TEvent[] events) => events.Length > 0
        ? new(events, null)
        : throw new ArgumentException("A rule that accepts a command records at least one event.", nameof(events));

    public static Decision<TEvent> Reject(string why) => new([], why);
}
