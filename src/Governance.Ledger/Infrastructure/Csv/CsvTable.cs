using System.Text;

namespace Governance.Ledger.Infrastructure.Csv;

/// <summary>An RFC 4180 CSV file with a header row, read whole: rows are looked up by column name.</summary>
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
        var records = ParseRecords(text);
        return records.Count == 0
            ? throw new FormatException("The CSV file has no header row.")
            : new CsvTable(records[0], records.Skip(1).ToList());
    }

    internal int IndexOf(string column) => _columns.TryGetValue(column, out var index)
        ? index
        : throw new FormatException($"The CSV file has no column '{column}'.");

    private static List<IReadOnlyList<string>> ParseRecords(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
                continue;
            }

            switch (c)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': EndRecord(); break;
                default: field.Append(c); break;
            }
        }

        if (field.Length > 0 || record.Count > 0) EndRecord();
        return records;

        void EndRecord()
        {
            record.Add(field.ToString());
            field.Clear();
            records.Add(record);
            record = [];
        }
    }
}

public sealed class CsvRow(CsvTable table, IReadOnlyList<string> fields)
{
    public string this[string column] => table.IndexOf(column) is var index && index < fields.Count
        ? fields[index]
        : throw new FormatException($"A row has no value for column '{column}'.");
}
