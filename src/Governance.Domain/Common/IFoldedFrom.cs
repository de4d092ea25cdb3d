namespace Governance.Domain.Common;

/// <summary>
/// A state built from one stream: begun by the stream's first event, then changed by each later one. The event store
/// folds streams through this, and so can anything else that holds the events (a read as known at a past moment).
/// (Not named Create and Apply: Marten would take those for its own conventions on the same type.)
/// </summary>
public interface IFoldedFrom<out TSelf, in TFirst, in TEvent>
    where TSelf : IFoldedFrom<TSelf, TFirst, TEvent>
    where TFirst : TEvent
{
    static abstract TSelf Begin(string id, TFirst first);

    TSelf After(TEvent change);
}
