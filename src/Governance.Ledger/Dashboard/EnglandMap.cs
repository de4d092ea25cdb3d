using System.Text;
using Governance.Domain.Footprints;

namespace Governance.Ledger.Dashboard;

/// <summary>Every footprint on a schematic map of England: one labelled square tile each, placed by the project's own
/// layout (roughly north at the top, west at the left; no boundary data), coloured by stage or by progress rating on the
/// date. The table of footprints beside it holds the same facts for those who cannot see it.</summary>
public static class EnglandMap
{
    public enum Colouring
    {
        Stage,
        Rating,

        /// <summary>The latest kind of governance arrangement the sources report by the date.</summary>
        Arrangement,

        /// <summary>Public resolutions in the twelve months to the date.</summary>
        Activity,
    }

    /// <summary>What a tile shows: its class (its colour) and the words for it.</summary>
    public sealed record Shade(string CssClass, string Words);

    private const int Tile = 58, Gap = 4;

    /// <summary>Column and row of each footprint's tile, and the short label written on it. The three northern
    /// footprints that merged in August 2018 hand their places to the merged footprint (QHM).</summary>
    private static readonly Dictionary<string, (int Column, int Row, string Label)> Layout = new()
    {
        ["E54000046"] = (4, 0, "NTW"), ["E54000047"] = (3, 1, "CUM"), ["E54000045"] = (4, 1, "DDT"), ["QHM"] = (4, 1, "NENC"),
        ["QE1"] = (3, 2, "LSC"), ["QWO"] = (4, 2, "WY"), ["QOQ"] = (5, 2, "HCV"),
        ["QYG"] = (2, 3, "C&M"), ["QOP"] = (3, 3, "GM"), ["QF7"] = (4, 3, "SYB"), ["QJM"] = (5, 3, "LIN"),
        ["QOC"] = (2, 4, "STW"), ["QNC"] = (3, 4, "STA"), ["QJ2"] = (4, 4, "DER"), ["QT1"] = (5, 4, "NOT"), ["QMM"] = (7, 4, "N&W"),
        ["QGH"] = (2, 5, "H&W"), ["QUA"] = (3, 5, "BC"), ["QHL"] = (4, 5, "BSOL"), ["QK1"] = (5, 5, "LLR"), ["QUE"] = (6, 5, "C&P"),
        ["QJG"] = (7, 5, "SNEE"),
        ["QR1"] = (2, 6, "GLO"), ["QWU"] = (3, 6, "C&W"), ["QPM"] = (4, 6, "NHA"), ["QHG"] = (5, 6, "BLMK"), ["QM7"] = (6, 6, "HWE"),
        ["QH8"] = (7, 6, "MSE"),
        ["QUY"] = (1, 7, "BNSSG"), ["QOX"] = (2, 7, "BSW"), ["QU9"] = (3, 7, "BOB"), ["QRV"] = (4, 7, "NWL"), ["QMJ"] = (5, 7, "NCL"),
        ["QMF"] = (6, 7, "NEL"),
        ["QSL"] = (1, 8, "SOM"), ["QVV"] = (2, 8, "DOR"), ["QRL"] = (3, 8, "HIOW"), ["QNQ"] = (4, 8, "FRIM"), ["QWE"] = (5, 8, "SWL"),
        ["QKK"] = (6, 8, "SEL"), ["QKS"] = (7, 8, "K&M"),
        ["QT6"] = (0, 9, "CIOS"), ["QJK"] = (1, 9, "DEV"), ["QXU"] = (4, 9, "SHC"), ["QNX"] = (5, 9, "SUS"),
    };

    public static bool Places(string footprintId) => Layout.ContainsKey(footprintId);

    public static string Render(IReadOnlyList<Footprint> footprints, Func<Footprint, Shade> shade, Colouring colouring,
        IReadOnlyList<Shade> legend, DateOnly asOf)
    {
        var width = 8 * (Tile + Gap) + Tile;
        var height = 9 * (Tile + Gap) + Tile;
        var what = Words(colouring);
        var svg = new StringBuilder()
            .Append($"<figure id=\"map\" data-colouring=\"{colouring}\"><svg class=\"map\" viewBox=\"0 0 {width} {height}\" role=\"img\" ")
            .Append("aria-labelledby=\"map-title map-desc\">")
            .Append($"<title id=\"map-title\">England's footprints on {Html.Date(asOf)}, by {what}</title>")
            .Append($"<desc id=\"map-desc\">One square per footprint, placed north to south and west to east; the table of footprints " +
                    "below gives each one's stage and rating in words.</desc>");
        foreach (var footprint in footprints.Where(f => Layout.ContainsKey(f.Id)))
        {
            var (column, row, label) = Layout[footprint.Id];
            var (css, words) = shade(footprint);
            var (x, y) = (column * (Tile + Gap), row * (Tile + Gap));
            svg.Append($"<g class=\"tile {css}\" data-footprint=\"{Html.Encode(footprint.Id)}\">")
                .Append($"<rect x=\"{x}\" y=\"{y}\" width=\"{Tile}\" height=\"{Tile}\" rx=\"4\"/>")
                .Append($"<text x=\"{x + Tile / 2}\" y=\"{y + Tile / 2 + 4}\">{Html.Encode(label)}</text>")
                .Append($"<title>{Html.Encode(footprint.Name)}: {Html.Encode(words)}</title></g>");
        }

        svg.Append("</svg><figcaption>")
            .Append(string.Join(' ', legend.Select(l => $"<span class=\"key tile-key {l.CssClass}\">{Html.Encode(l.Words)}</span>")))
            .Append(" · colour by: ")
            .Append(string.Join(", ", Enum.GetValues<Colouring>().Select(c => c == colouring
                ? $"<strong>{Words(c)}</strong>"
                : $"<a href=\"/?asOf={asOf:yyyy-MM-dd}&amp;map={c.ToString().ToLowerInvariant()}\">{Words(c)}</a>")))
            .Append("</figcaption></figure>");
        return svg.ToString();
    }

    public static string Words(Colouring colouring) => colouring switch
    {
        Colouring.Stage => "stage",
        Colouring.Rating => "progress rating",
        Colouring.Arrangement => "governance arrangement reported",
        _ => "public resolutions in the year",
    };
}
