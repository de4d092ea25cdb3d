using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>Sourced CSV files shipped in <c>ReferenceData/</c>, imported once into one stream of their own, named by
/// a checksum of the files as read.</summary>
public static class SourcedFiles
{
    public static Task<ImportOutcome> ImportAsync(IDocumentStore store, string name, string stream, string folder,
        IReadOnlyList<string> files, Func<IReadOnlyList<IReadOnlyList<CsvRow>>, IReadOnlyList<ILedgerEvent>> events,
        TimeProvider clock, CancellationToken cancellation) =>
        ImportAsync(store, name, folder, files, rows => [new PlannedStream(stream, events(rows))], clock, cancellation);

    public static Task<ImportOutcome> ImportAsync(IDocumentStore store, string name, string folder, IReadOnlyList<string> files,
        Func<IReadOnlyList<IReadOnlyList<CsvRow>>, IReadOnlyList<PlannedStream>> streams, TimeProvider clock,
        CancellationToken cancellation)
    {
        var texts = files.Select(file => File.ReadAllText(Path.Combine(folder, file))).ToList();
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts))));
        var batch = new ImportBatch(name, checksum, $"ReferenceData/{string.Join(" and ", files)} (sourced CSV shipped with the ledger)",
            streams(texts.Select(text => CsvTable.Parse(text).Rows).ToList()));
        return OneTimeImport.RunAsync(store, batch, ReferenceHistoryPlan.RecordedBy, clock, cancellation);
    }

    /// <summary>A fact of the reference history, from the source its row names.</summary>
    public static Provenance Cited(string source) => new(ReferenceHistoryPlan.RecordedBy, null, new SourceDocument(source));

    public static EffectiveDate Day(string date) =>
        EffectiveDate.OnDay(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A row's date as its <c>precision</c> column says: day, month, year, or unknown (no date at all).</summary>
    public static EffectiveDate Dated(string date, string precision, string file) => precision switch
    {
        "day" => Day(date),
        "month" => EffectiveDate.InMonth(DateOnly.ParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        "year" => new EffectiveDate(new DateOnly(int.Parse(date, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year),
        "unknown" when date.Length == 0 => EffectiveDate.Undated,
        _ => throw new InvalidOperationException($"{file} gives a date the ledger cannot read: '{date}' at precision '{precision}'."),
    };
}
