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
    public static TimelinePage Of(IReadOnlyList<TimelineEntry> ordered, int number) =>
        Of(ordered.Select(TimelineRun.Of).ToList(), number);

    /// <param name="ordered">Every run of entries up to the date, oldest first; only those on the page are written.</param>
    /// <param name="number">The page asked for; one past the last is the last.</param>
    public static TimelinePage Of(IReadOnlyList<TimelineRun> ordered, int number)
    {
        var total = ordered.Sum(run => run.Count);
        var pages = Math.Max(1, (total + Size - 1) / Size);
        number = Math.Clamp(number, 1, pages);
        var end = total - (number - 1) * Size;
        var start = Math.Max(0, end - Size);

        var entries = new List<TimelineEntry>();
        var years = new List<TimelineYear>();
        var first = 0;
        foreach (var run in ordered.Where(run => run.Count > 0))
        {
            var last = first + run.Count - 1;
            if (last >= start && first < end)
                entries.AddRange(run.Entries().Skip(Math.Max(0, start - first)).Take(Math.Min(end, last + 1) - Math.Max(start, first)));
            // A year's newest entry is its last: the page it is on is the year's first page, counted from the newest.
            if (years.Count > 0 && years[^1].Year == run.Date.Year)
                years[^1] = years[^1] with { Entries = years[^1].Entries + run.Count, Page = PageOf(total, last) };
            else years.Add(new TimelineYear(run.Date.Year, run.Count, PageOf(total, last)));
            first = last + 1;
        }

        return new(entries, number, pages, total, years);
    }

    private static int PageOf(int count, int index) => (count - 1 - index) / Size + 1;
}

/// <summary>Entries of a timeline on one date, counted before they are written: a meeting's resolutions are written only
/// when they fall on the page shown.</summary>
public sealed record TimelineRun(DateOnly Date, int Count, Func<IEnumerable<TimelineEntry>> Entries)
{
    public static TimelineRun Of(TimelineEntry entry) => new(entry.Date, 1, () => [entry]);
}

/// <summary>A year of a timeline: how many entries it holds, and the page of its newest one.</summary>
public sealed record TimelineYear(int Year, int Entries, int Page);
