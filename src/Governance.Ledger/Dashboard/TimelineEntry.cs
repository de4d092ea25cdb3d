namespace Governance.Ledger.Dashboard;

/// <summary>One line of a footprint's timeline: when (as precisely as its source says), what in words, and where its
/// record or source is.</summary>
public sealed record TimelineEntry(DateOnly Date, string When, string Text, string LinkText, string Href)
{
    public static TimelineEntry On(DateOnly date, string text, string linkText, string href) =>
        new(date, date.ToString("yyyy-MM-dd"), text, linkText, href);
}
