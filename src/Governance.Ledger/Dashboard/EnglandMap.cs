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

    public const int Width = 8 * (Tile + Gap) + Tile, Height = 9 * (Tile + Gap) + Tile, Size = Tile;

    /// <summary>Where a footprint's tile stands and its short label; null for one the layout does not place.</summary>
    public static (int X, int Y, string Label)? Place(string footprintId) =>
        Layout.TryGetValue(footprintId, out var place) ? (place.Column * (Tile + Gap), place.Row * (Tile + Gap), place.Label) : null;

    public static string Words(Colouring colouring) => colouring switch
    {
        Colouring.Stage => "stage",
        Colouring.Rating => "progress rating",
        Colouring.Arrangement => "governance arrangement reported",
        _ => "public resolutions in the year",
    };
}
