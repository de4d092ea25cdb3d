using CsvHelper;

namespace Governance.Ledger.Infrastructure.Csv;

/// <summary>Every CSV the ledger writes (its views, the open-data archive), by CsvHelper: RFC 4180 quoting and CRLF
/// line ends, and a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) made text by a leading
/// apostrophe.</summary>
public static class CsvFile
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, InjectionEscape = '\'' }, leaveOpen: true))
        {
            csv.WriteHeader(header.ToArray());
            foreach (var row in rows) csv.WriteRecord(row.ToArray());
        }

        return text.ToString();
    }

    public static IResult Download(string file, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(Write(header, rows)), "text/csv; charset=utf-8", file);
}
