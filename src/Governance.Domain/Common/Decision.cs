namespace Governance.Domain.Common;

/// <summary>What a rule decided about a command: the event to record, or why nothing may be recorded.</summary>
public sealed record Decision<TEvent>(TEvent? Event, string? Rejection) where TEvent : class, ILedgerEvent
{
    public static Decision<TEvent> Accept(TEvent e) => new(e, null);

    public static Decision<TEvent> Reject(string why) => new(null, why);
}
