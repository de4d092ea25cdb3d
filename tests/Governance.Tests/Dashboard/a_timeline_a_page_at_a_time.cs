using Governance.Ledger.Dashboard;

namespace Governance.Tests.Dashboard;

/// <summary>A footprint's page shows its timeline a page at a time: the newest entries first, each year linked to the
/// page holding its newest entry.</summary>
public class a_timeline_a_page_at_a_time
{
    // 450 entries: 150 in each of 2017, 2018 and 2019, oldest first.
    private static readonly IReadOnlyList<TimelineEntry> Entries = Enumerable.Range(0, 450)
        .Select(i => TimelineEntry.On(new DateOnly(2017 + i / 150, 1, 1).AddDays(i % 150), $"entry {i}", "record", $"/{i}"))
        .ToList();

    [Fact]
    public void the_first_page_holds_the_newest_entries_oldest_first()
    {
        var page = TimelinePage.Of(Entries, 1);

        page.Entries.Count.ShouldBe(TimelinePage.Size);
        page.Entries[0].Text.ShouldBe($"entry {450 - TimelinePage.Size}");
        page.Entries[^1].Text.ShouldBe("entry 449");
        (page.Pages, page.Total).ShouldBe((3, 450));
    }

    [Fact]
    public void the_last_page_holds_what_is_left_and_a_page_past_it_is_the_last()
    {
        var last = TimelinePage.Of(Entries, 3);

        last.Entries.Select(e => e.Text).ShouldBe(Enumerable.Range(0, 50).Select(i => $"entry {i}"));
        TimelinePage.Of(Entries, 9).ShouldBeEquivalentTo(last);
        TimelinePage.Of(Entries, 0).Number.ShouldBe(1);
    }

    [Fact]
    public void each_year_counts_its_entries_and_links_to_the_page_of_its_newest()
    {
        TimelinePage.Of(Entries, 2).Years.ShouldBe([new TimelineYear(2017, 150, 2), new TimelineYear(2018, 150, 1), new TimelineYear(2019, 150, 1)]);
    }

    [Fact]
    public void a_short_timeline_is_one_page()
    {
        var page = TimelinePage.Of(Entries.Take(12).ToList(), 1);

        (page.Pages, page.Entries.Count).ShouldBe((1, 12));
    }
}
