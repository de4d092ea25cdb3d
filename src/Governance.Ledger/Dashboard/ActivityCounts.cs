using System.Globalization;
using Governance.Domain.Boards;
using Governance.Domain.Plans;
using Governance.Ledger.Boards;
using Governance.Ledger.Plans;

namespace Governance.Ledger.Dashboard;

public enum ResolutionsCountedBy
{
    /// <summary>By the month of the meeting's date (yyyy-MM).</summary>
    Month,

    /// <summary>By the footprint of the meeting's body.</summary>
    Footprint,
}

/// <summary>What the activity page and the map count, counted from the record as the gate gives every read: on both
/// clocks by the one as-at rule (a resolution struck out, or recorded after <c>knownAt</c>, is not counted; a meeting
/// redated counts in its corrected month) and through the one private cut (a public reader counts the public business
/// of public meetings only: even a count would tell of a private meeting or item).</summary>
public static class ActivityCounts
{
    /// <summary>Resolutions the caller may see, counted by month or by footprint, of meetings on dates from
    /// <paramref name="from"/> to <paramref name="to"/> (every date when not given).</summary>
    public static async Task<IReadOnlyList<(string Key, int Count)>> ResolutionsAsync(this RecordReader record,
        ResolutionsCountedBy by, CancellationToken cancellation, DateOnly? from = null, DateOnly? to = null)
    {
        var bodies = await record.Listings<BodyListing>().ToListAsync(cancellation);
        var meetings = await record.Listings<MeetingListing>().ToListAsync(cancellation);
        var events = await record.EventsAsync([.. bodies.Select(b => b.Id), .. meetings.Select(m => m.Id)], cancellation);
        var folded = bodies.Select(b => record.Fold(BoardsRegistration.Bodies, b.Id, events[b.Id])).OfType<GoverningBody>()
            .ToDictionary(b => b.Id);
        var counted = meetings
            .Select(m => folded.GetValueOrDefault(m.BodyId) is { } body &&
                         record.Fold(BoardsRegistration.Meetings, m.Id, events[m.Id]) is { } meeting &&
                         record.Shown(body, meeting) is { } shown
                ? (Body: body, Meeting: shown)
                : default)
            .Where(m => m.Meeting is { } shown && shown.Resolutions.Count > 0 &&
                        shown.Date >= (from ?? DateOnly.MinValue) && shown.Date <= (to ?? DateOnly.MaxValue))
            .GroupBy(m => by == ResolutionsCountedBy.Month
                ? m.Meeting.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                : m.Body.FootprintId)
            .Select(g => (g.Key, Count: g.Sum(m => m.Meeting.Resolutions.Count)));
        return (by == ResolutionsCountedBy.Month
            ? counted.OrderBy(c => c.Key, StringComparer.Ordinal)
            : counted.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)).ToList();
    }

    /// <summary>Each plan's amendments proposed, as at the clocks.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> AmendmentsProposedAsync(this RecordReader record,
        IReadOnlyList<PlanListing> plans, CancellationToken cancellation)
    {
        var events = await record.EventsAsync(plans.Select(p => p.Id).ToList(), cancellation);
        return plans.ToDictionary(p => p.Id, p => events[p.Id].Count(e => e.Data is AmendmentProposed));
    }
}
