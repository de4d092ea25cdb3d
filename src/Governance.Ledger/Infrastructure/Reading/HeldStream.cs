using Governance.Domain.Common;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events;

namespace Governance.Ledger.Infrastructure.Reading;

/// <summary>
/// One stream's events as the log holds them at a version, with what the as-at rule needs to know of them as a whole:
/// whether any is undated or a correction, their first and last dates, and when the last was recorded. A read whose
/// clocks take in every event, or none (a meeting's events, all dated on the meeting's day, on any date but that one),
/// is answered without applying the rule event by event; any other read applies it (<see cref="AsAtEvents"/>).
/// </summary>
public sealed class HeldStream
{
    private readonly bool _plain;
    private readonly DateOnly _first;
    private readonly DateOnly _last;
    private readonly DateTimeOffset _recordedBy;
    private readonly long _through;

    public HeldStream(long version, DateTimeOffset created, IReadOnlyList<IEvent> events)
    {
        (Version, Created, Events) = (version, created, events);
        var facts = events.Select(e => e.Data as ILedgerEvent).ToList();
        _plain = events.Count > 0 && facts.All(f => f is { Effective: var effective } && effective.IsDated() && f is not IRedatesRecord);
        if (!_plain) return;
        _first = facts.Min(f => f!.Effective.Date);
        _last = facts.Max(f => f!.Effective.Date);
        _recordedBy = events.Max(e => e.Timestamp);
        _through = events.Max(e => e.Sequence);
    }

    public long Version { get; }

    public DateTimeOffset Created { get; }

    /// <summary>In log order.</summary>
    public IReadOnlyList<IEvent> Events { get; }

    /// <summary>The events the as-at rule counts on the clocks.</summary>
    public IReadOnlyList<IEvent> Counted(AsAtQuery clocks)
    {
        if (_plain && (clocks.KnownAt is null || clocks.KnownAt >= _recordedBy) &&
            (clocks.ThroughSequence is null || clocks.ThroughSequence >= _through))
        {
            if (_last <= clocks.AsOf) return Events;
            if (_first > clocks.AsOf) return [];
        }

        return AsAtEvents.Counted(Events, clocks);
    }
}
