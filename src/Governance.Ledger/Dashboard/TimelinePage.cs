namespace Governance.Ledger.Dashboard;

/// <summary>
/// A footprint's timeline a page at a time, so that the page does not grow with the record: page 1 holds the newest
/// <see cref="Size"/> entries up to the date, page 2 the ones before them, and so on; each year says how many entries it
/// holds and on which page its newest one is.
/// </summary>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int Number, int Pages, int Total, IReadOnlyList<TimelineYear> Years)
{
    public const int Size = 200;

    /// <param name="ordered">Every entry up to the date, oldest first.</param>
    /// <param name="number">The page asked for; one past the last is the last.</param>
    public static TimelinePage Of(IReadOnlyList<TimelineEntry> ordered, int number)
    {
        var pages = Math.Max(1, (ordered.Count + Size - 1) / Size);
        number = Math.Clamp(number, 1, pages);
        var end = ordered.Count - (number - 1) * Size;
        var start = Math.Max(0, end - Size);
        var years = ordered.Select((entry, i) => (entry.Date.Year, Page: PageOf(ordered.Count, i)))
            .GroupBy(x => x.Year)
            .Select(year => new TimelineYear(year.Key, year.Count(), year.Min(x => x.Page)))
            .ToList();
        return new(ordered.Skip(start).Take(end - start).ToList(), number, pages, ordered.Count, years);
    }

    private static int PageOf(int count, int index) => (count - 1 - index) / Size + 1;
}

/// <summary>A year of a timeline: how many entries it holds, and the page of its newest one.</summary>
public sealed record TimelineYear(int Year, int Entries, int Page);
