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
        TimeProvider clock, CancellationToken cancellation)
    {
        var texts = files.Select(file => File.ReadAllText(Path.Combine(folder, file))).ToList();
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts))));
        var batch = new ImportBatch(name, checksum, $"ReferenceData/{string.Join(" and ", files)} (sourced CSV shipped with the ledger)",
            [new PlannedStream(stream, events(texts.Select(text => CsvTable.Parse(text).Rows).ToList()))]);
        return OneTimeImport.RunAsync(store, batch, ReferenceHistoryPlan.RecordedBy, clock, cancellation);
    }

    /// <summary>A fact of the reference history, from the source its row names.</summary>
    public static Provenance Cited(string source) => new(ReferenceHistoryPlan.RecordedBy, null, new SourceDocument(source));

    public static EffectiveDate Day(string date) =>
        EffectiveDate.OnDay(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
