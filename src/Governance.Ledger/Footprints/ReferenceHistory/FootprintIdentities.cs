using System.Text.RegularExpressions;

namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>
/// Maps every ONS code a footprint ever carried to its ledger id. The id is the footprint's ODS Q-code, stable from
/// 2017/18 to 2022. The three footprints that merged in August 2018 have no Q-code in the sources, so each keeps its
/// 2017/18 ONS code as its id.
/// </summary>
public sealed partial class FootprintIdentities
{
    private readonly Dictionary<string, string> _idByCode;

    private FootprintIdentities(Dictionary<string, string> idByCode) => _idByCode = idByCode;

    public string this[string onsCode] => _idByCode.TryGetValue(onsCode, out var id)
        ? id
        : throw new InvalidOperationException($"The reference data names footprint code {onsCode} but never defines it.");

    public static FootprintIdentities From(ReferenceDataSet data)
    {
        var idByCode = new Dictionary<string, string>();
        foreach (var row in data.CcgFootprints2021) idByCode[row.StpCode] = row.StpOdsCode;
        foreach (var row in data.IntegratedCareBoards2022) idByCode[row.Code] = QCodeNamedIn(row);

        // Earlier codes were reissued in 2020: walk each one forward to the code that carries a Q-code.
        var reissued = data.Timeline
            .Where(row => row.Kind == TimelineKinds.CodeReissued)
            .SelectMany(row => CodeChange.Parse(row.FootprintCodes))
            .ToDictionary(change => change.From, change => change.To);
        var earlierCodes = data.Footprints2016.Select(row => row.Code)
            .Concat(data.Timeline.SelectMany(row => CodeChange.Parse(row.FootprintCodes)).Select(change => change.To))
            .Concat(reissued.Keys);
        foreach (var code in earlierCodes.Where(code => !idByCode.ContainsKey(code)))
        {
            var current = code;
            while (reissued.TryGetValue(current, out var next)) current = next;
            idByCode[code] = idByCode.GetValueOrDefault(current, code);
        }

        return new FootprintIdentities(idByCode);
    }

    private static string QCodeNamedIn(IntegratedCareBoard2022Row row)
    {
        var match = OdsCodeInSource().Match(row.Source);
        return match.Success
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"ics_2022.csv names no ODS Q-code for {row.Code} in its source.");
    }

    [GeneratedRegex(@"\(ODS (Q[0-9A-Z]{2})\)")]
    private static partial Regex OdsCodeInSource();
}
