using System.Security.Cryptography;
using Governance.Ledger.Infrastructure.Csv;

namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>The sourced reference files, read from the folder shipped with the app.</summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<Footprint2016Row> Footprints2016,
    IReadOnlyList<IntegratedCareBoard2022Row> IntegratedCareBoards2022,
    IReadOnlyList<TimelineRow> Timeline,
    IReadOnlyList<CcgFootprint2019Row> CcgFootprints2019,
    IReadOnlyList<CcgFootprint2021Row> CcgFootprints2021,
    string Checksum)
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "ReferenceData");

    private static readonly string[] Files =
        ["stp_footprints_2016.csv", "ics_2022.csv", "timeline.csv", "ccg_stp_2019.csv", "ccg_stp_2021.csv"];

    public static ReferenceDataSet Load(string folder)
    {
        return new ReferenceDataSet(
            Read(folder, Files[0], r => new Footprint2016Row(
                r["code"], r["name"], r["region"], r["lead"], r["lead_role"], r["source"])),
            Read(folder, Files[1], r => new IntegratedCareBoard2022Row(
                r["code"], r["name"], r["region"], r["predecessor_stp_codes"], r["source"])),
            Read(folder, Files[2], r => new TimelineRow(
                r["effective_date"], r["precision"], r["scope"], r["kind"], r["footprint_codes"], r["detail"], r["source"])),
            Read(folder, Files[3], r => new CcgFootprint2019Row(
                r["ccg_ods_code"], r["stp_code"], r["stp_name"], r["region_name"], r["source"])),
            Read(folder, Files[4], r => new CcgFootprint2021Row(
                r["stp_code"], r["stp_ods_code"], r["stp_name"], r["region_name"], r["source"])),
            ChecksumOf(folder));
    }

    private static List<T> Read<T>(string folder, string file, Func<CsvRow, T> map) =>
        CsvTable.Parse(File.ReadAllText(Path.Combine(folder, file))).Rows.Select(map).ToList();

    /// <summary>SHA-256 over the files in a fixed order: names the exact data an import was made from.</summary>
    private static string ChecksumOf(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files) hash.AppendData(File.ReadAllBytes(Path.Combine(folder, file)));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
