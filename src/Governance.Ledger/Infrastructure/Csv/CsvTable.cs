using CsvHelper;

namespace Governance.Ledger.Infrastructure.Csv;

/// <summary>An RFC 4180 CSV file with a header row, read whole by CsvHelper: rows are looked up by column name, and a
/// missing column or value is named.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        Rows = rows.Select(row => new CsvRow(this, row)).ToList();
    }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Parse(string text)
    {
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default);
        var header = csv.Headers.ToList();
        if (header.Count == 0) throw new FormatException("The CSV file has no header row.");
        var rows = new List<IReadOnlyList<string>>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToList());
        return new CsvTable(header, rows);
    }

    internal int IndexOf(string column) => _columns.TryGetValue(column, out var index)
        ? index
        : throw new FormatException($"The CSV file has no column '{column}'.");
}

public sealed class CsvRow(CsvTable table, IReadOnlyList<string> fields)
{
    public string this[string column] => table.IndexOf(column) is var index && index < fields.Count
        ? fields[index]
        : throw new FormatException($"A row has no value for column '{column}'.");
}
