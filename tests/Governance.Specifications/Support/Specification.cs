namespace Governance.Specifications.Support;

/// <summary>
/// A rule as a specification: given the events a record was built from, when a command is decided against it, then
/// these events are recorded, or nothing is and the ledger says why in these words.
/// </summary>
public sealed class Given<TState>(TState state)
{
    public TState State { get; } = state;

    public When<TEvent> When<TEvent>(Func<TState, Decision<TEvent>> command) where TEvent : class, ILedgerEvent =>
        new(command(State));
}

public sealed class When<TEvent>(Decision<TEvent> decision) where TEvent : class, ILedgerEvent
{
    public Decision<TEvent> Decision { get; } = decision;

    /// <summary>Exactly these events, compared field by field.</summary>
    public void Then(params TEvent[] expected)
    {
        Decision.Rejection.ShouldBeNull();
        Decision.Events.ToArray().ShouldBeEquivalentTo(expected);
    }

    /// <summary>Nothing recorded, for exactly this reason.</summary>
    public void ThenRefused(string why)
    {
        Decision.Events.ShouldBeEmpty();
        Decision.Rejection.ShouldBe(why);
    }
}

/// <summary>Builds the record a rule decides against from its events, the way the ledger folds its stream.</summary>
public static class History
{
    public static TState Fold<TState, TFirst, TEvent>(TFirst first, IEnumerable<TEvent> later)
        where TState : IFoldedFrom<TState, TFirst, TEvent> where TFirst : TEvent =>
        later.Aggregate(TState.Begin("stream-1", first), (state, e) => state.After(e));
}
