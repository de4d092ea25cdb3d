using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.Csv;

namespace Governance.Tests.Support;

/// <summary>The reference CSV files as shipped with the app, read independently of the import.</summary>
public static class ReferenceFiles
{
    public static IReadOnlyList<CsvRow> Rows(string file) =>
        CsvTable.Parse(File.ReadAllText(Path.Combine(ReferenceDataSet.DefaultFolder, file))).Rows;

    public static ReferenceDataSet DataSet => ReferenceDataSet.Load(ReferenceDataSet.DefaultFolder);
}
