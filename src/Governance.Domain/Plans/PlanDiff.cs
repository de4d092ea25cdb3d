namespace Governance.Domain.Plans;

public enum WordChange
{
    Same,
    Inserted,
    Deleted,
}

public sealed record WordRun(WordChange Change, string Text);

public sealed record FigureDiff(string Label, string Year, decimal? Before, decimal? After)
{
    public decimal? Difference => Before is { } b && After is { } a ? a - b : null;
}

public enum SectionChangeKind
{
    Unchanged,
    Changed,
}

/// <summary>What changed in one section between two versions: its words, and its figures side by side.</summary>
public sealed record SectionDiff(string Key, string Heading, SectionChangeKind Change, IReadOnlyList<WordRun> Words,
    IReadOnlyList<FigureDiff> Figures);

public static class PlanDiff
{
    public static IReadOnlyList<SectionDiff> Between(IReadOnlyList<PlanSection> before, IReadOnlyList<PlanSection> after) =>
        after.Select(section =>
        {
            var earlier = before.First(s => s.Key == section.Key);
            var words = Words(earlier.Text, section.Text);
            var figures = Figures(earlier.Figures, section.Figures);
            var changed = earlier.Heading != section.Heading || words.Any(w => w.Change != WordChange.Same)
                          || figures.Any(f => f.Before != f.After);
            return new SectionDiff(section.Key, section.Heading, changed ? SectionChangeKind.Changed : SectionChangeKind.Unchanged,
                words, figures);
        }).ToList();

    /// <summary>A word-level diff: the longest common subsequence of the two texts' words, as runs.</summary>
    public static IReadOnlyList<WordRun> Words(string before, string after)
    {
        var a = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        for (var j = b.Length - 1; j >= 0; j--)
            common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var runs = new List<WordRun>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(WordChange.Same, a[x]);
                (x, y) = (x + 1, y + 1);
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                Add(WordChange.Deleted, a[x++]);
            }
            else
            {
                Add(WordChange.Inserted, b[y++]);
            }
        }

        return runs;

        void Add(WordChange change, string word)
        {
            if (runs.Count > 0 && runs[^1].Change == change) runs[^1] = runs[^1] with { Text = $"{runs[^1].Text} {word}" };
            else runs.Add(new WordRun(change, word));
        }
    }

    private static IReadOnlyList<FigureDiff> Figures(IReadOnlyList<FinancialFigure> before, IReadOnlyList<FinancialFigure> after) =>
        before.Select(f => (f.Label, f.Year)).Union(after.Select(f => (f.Label, f.Year)))
            .Select(key => new FigureDiff(key.Label, key.Year,
                before.FirstOrDefault(f => (f.Label, f.Year) == key)?.Amount,
                after.FirstOrDefault(f => (f.Label, f.Year) == key)?.Amount))
            .ToList();
}
