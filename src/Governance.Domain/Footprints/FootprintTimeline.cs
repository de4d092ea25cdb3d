using System.Collections.Immutable;

namespace Governance.Domain.Footprints;

/// <summary>One of a footprint's events with the second clock: when the ledger recorded it, and in which order.</summary>
public sealed record RecordedFootprintEvent(IFootprintEvent Event, long Sequence, DateTimeOffset RecordedAt);

/// <summary>
/// Everything the ledger holds about one footprint. The registry attributes on a date, as the ledger knew them at a
/// moment, are read from it by <see cref="AsAt"/>: events are applied in effective-date order, so a fact recorded
/// late still lands in its place in history.
/// </summary>
public sealed record FootprintTimeline(string Id, ImmutableList<RecordedFootprintEvent> Events)
{
    public static FootprintTimeline Empty(string id) => new(id, []);

    public FootprintTimeline Record(RecordedFootprintEvent recorded) => this with { Events = Events.Add(recorded) };

    /// <summary>The footprint's attributes on <paramref name="asOf"/> as recorded by <paramref name="knownAt"/>
    /// (everything recorded when null); null when it had not been established by then.</summary>
    public Footprint? AsAt(DateOnly asOf, DateTimeOffset? knownAt = null, long? throughSequence = null)
    {
        var applicable = Events
            .Where(e => e.Event.Effective.Date <= asOf && (knownAt is null || e.RecordedAt <= knownAt)
                        && (throughSequence is null || e.Sequence <= throughSequence))
            .OrderBy(e => e.Event.Effective.Date)
            .ThenBy(e => e.Sequence);

        Footprint? footprint = null;
        foreach (var recorded in applicable)
        {
            footprint = (footprint, recorded.Event) switch
            {
                (null, FootprintEstablished established) => Footprint.Create(Id, established),
                (null, _) => null,
                _ => footprint.Apply(recorded.Event),
            };
        }

        return footprint;
    }

    /// <summary>Why a fact dated <paramref name="date"/> cannot be recorded for this footprint, or null if it can.</summary>
    public string? WhyNotOpenOn(DateOnly date)
    {
        var current = AsAt(DateOnly.MaxValue);
        if (current is null) return $"Footprint {Id} has no record of being established.";
        if (date < current.EstablishedOn)
            return $"Footprint {Id} was established on {current.EstablishedOn:yyyy-MM-dd}; nothing can take effect for it on {date:yyyy-MM-dd}.";
        if (current.EndedOn is { } ended && date >= ended)
            return $"Footprint {Id} merged into {current.Successor} on {ended:yyyy-MM-dd}; record facts after that date against {current.Successor}.";
        return null;
    }
}
