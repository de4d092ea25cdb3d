namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>
/// One "FROM>TO" item of timeline.csv's footprint_codes column (a merger, transfer or code change); a merger lists
/// several sources: "A;B;C>D".
/// </summary>
public sealed record CodeChange(string From, string To)
{
    public static IEnumerable<CodeChange> Parse(string footprintCodes) =>
        footprintCodes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(item => item.Contains('>'))
            .Select(item => item.Split('>'))
            .Select(parts => new CodeChange(parts[0], parts[1]));

    /// <summary>The sources of a merger written "A;B;C>D".</summary>
    public static (IReadOnlyList<string> Merged, string Into) ParseMerger(string footprintCodes)
    {
        var parts = footprintCodes.Split('>');
        return (parts[0].Split(';', StringSplitOptions.TrimEntries), parts[1].Trim());
    }
}
