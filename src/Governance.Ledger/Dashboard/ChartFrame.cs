using System.Globalization;

namespace Governance.Ledger.Dashboard;

/// <summary>The geometry the charts share: the frame's size, and a value axis that starts at zero and ends at a round
/// number at or above the largest value (never a "1" made up for an empty chart: an empty chart says so instead).</summary>
public static class ChartFrame
{
    public const int Width = 720, Height = 240, Left = 48, Right = 12, Top = 12, Bottom = 28;

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static Axis AxisFor(IEnumerable<double> values, string unit = "")
    {
        var max = values.DefaultIfEmpty(0).Max();
        return new Axis(max <= 0 ? 1 : Round(max), unit);
    }

    /// <summary>1, 2 or 5 times a power of ten: the smallest at or above the value.</summary>
    private static double Round(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 5, 10 }.Select(m => m * power).First(v => v >= value);
    }

    public sealed record Axis(double Max, string Unit)
    {
        public IReadOnlyList<double> Values => [0, Max / 2, Max];

        public double Y(double value) => Top + Length(Max - value);

        public double Length(double value) => (Height - Top - Bottom) * value / Max;

        public string Label(double value) => Unit + value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}

/// <summary>One line of a chart: its name (the key's words), its class (its colour) and a value per point.</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<double> Values);
