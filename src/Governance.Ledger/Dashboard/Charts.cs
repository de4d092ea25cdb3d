using System.Globalization;
using System.Text;

namespace Governance.Ledger.Dashboard;

/// <summary>SVG charts drawn on the server: no script needed to see them, a text alternative with each, and they print.</summary>
public static class Charts
{
    private const int Width = 720, Height = 240, Left = 40, Right = 12, Top = 12, Bottom = 28;

    public sealed record Series(string Name, string CssClass, IReadOnlyList<double> Values);

    /// <summary>One line per series over the months, with a marker at <paramref name="marked"/>.</summary>
    public static string Lines(string id, string title, string description, IReadOnlyList<DateOnly> months,
        IReadOnlyList<Series> series, DateOnly? marked)
    {
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        double X(int i) => Left + (Width - Left - Right) * (months.Count == 1 ? 0 : i / (double)(months.Count - 1));
        double Y(double v) => Top + (Height - Top - Bottom) * (1 - v / max);

        var svg = Open(id, title, description);
        AxisY(svg, max, Y);
        for (var i = 0; i < months.Count; i++)
            if (months[i].Month == 1)
                svg.Append(Text(X(i), Height - 8, months[i].Year.ToString(CultureInfo.InvariantCulture), "axis"));
        foreach (var s in series)
        {
            var points = string.Join(' ', s.Values.Select((v, i) => $"{F(X(i))},{F(Y(v))}"));
            svg.Append($"<polyline class=\"line {s.CssClass}\" points=\"{points}\"><title>{Html.Encode(s.Name)}</title></polyline>");
        }

        if (marked is { } date && months.Count > 0)
        {
            var index = months.Count(m => m <= date) - 1;
            if (index >= 0)
                svg.Append($"<line class=\"marker\" x1=\"{F(X(index))}\" x2=\"{F(X(index))}\" y1=\"{Top}\" y2=\"{Height - Bottom}\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A small chart for small multiples: one line per series across a few labelled points (years).</summary>
    public static string Small(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<Series> series)
    {
        const int width = 240, height = 120, left = 36, top = 8, bottom = 20;
        var values = series.SelectMany(s => s.Values).DefaultIfEmpty(0).ToList();
        var (min, max) = (Math.Min(0, values.Min()), Math.Max(1, values.Max()));
        double X(int i) => left + 12 + (width - left - 40) * (labels.Count == 1 ? 0.5 : i / (double)(labels.Count - 1));
        double Y(double v) => top + (height - top - bottom) * (1 - (v - min) / (max - min));
        var svg = new StringBuilder()
            .Append($"<svg id=\"{id}\" class=\"chart small\" viewBox=\"0 0 {width} {height}\" role=\"img\" ")
            .Append($"aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{Html.Encode(title)}</title>")
            .Append($"<desc id=\"{id}-desc\">{Html.Encode(description)}</desc>");
        foreach (var tick in new[] { min, max }.Distinct())
            svg.Append($"<line class=\"grid\" x1=\"{left}\" x2=\"{width - 8}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\"/>")
                .Append(Text(left - 4, Y(tick) + 4, tick.ToString("#,0.#", CultureInfo.InvariantCulture), "axis end"));
        for (var i = 0; i < labels.Count; i++) svg.Append(Text(X(i), height - 6, labels[i], "axis"));
        foreach (var s in series)
            svg.Append($"<polyline class=\"line {s.CssClass}\" points=\"{string.Join(' ', s.Values.Select((v, i) => $"{F(X(i))},{F(Y(v))}"))}\">")
                .Append($"<title>{Html.Encode(s.Name)}</title></polyline>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Spans over time, one row each (a body from its constitution to its dissolution, a leader in post):
    /// a bar from its start to its end, or to the chart's end when it had not ended, marked at <paramref name="marked"/>.</summary>
    public static string Spans(string id, string title, string description, DateOnly first, DateOnly last,
        IReadOnlyList<(string Label, DateOnly From, DateOnly? To, string CssClass)> rows, DateOnly marked)
    {
        const int row = 22, labels = 250;
        var height = Top + rows.Count * row + Bottom;
        var days = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly d) => labels + (Width - labels - Right) * Math.Clamp(d.DayNumber - first.DayNumber, 0, days) / (double)days;
        var svg = new StringBuilder()
            .Append($"<svg id=\"{id}\" class=\"chart spans\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ")
            .Append($"aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{Html.Encode(title)}</title>")
            .Append($"<desc id=\"{id}-desc\">{Html.Encode(description)}</desc>");
        for (var year = first.Year + 1; year <= last.Year; year++)
            svg.Append(Text(X(new DateOnly(year, 1, 1)), height - 8, year.ToString(CultureInfo.InvariantCulture), "axis"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, from, to, css) = rows[i];
            var y = Top + i * row;
            svg.Append(Text(labels - 6, y + 15, label.Length > 40 ? label[..39] + "…" : label, "axis end"))
                .Append($"<rect class=\"span-bar {css}\" x=\"{F(X(from))}\" y=\"{y + 4}\" width=\"{F(Math.Max(3, X(to ?? last) - X(from)))}\" height=\"{row - 8}\">")
                .Append($"<title>{Html.Encode(label)}: {from:yyyy-MM-dd} to {(to is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "now")}</title></rect>");
        }

        svg.Append($"<line class=\"marker\" x1=\"{F(X(marked))}\" x2=\"{F(X(marked))}\" y1=\"{Top}\" y2=\"{height - Bottom}\"/>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One bar per label.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<(string Label, int Value)> bars)
    {
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var slot = (Width - Left - Right) / (double)Math.Max(1, bars.Count);
        var svg = Open(id, title, description);
        AxisY(svg, max, v => Top + (Height - Top - Bottom) * (1 - v / max));
        for (var i = 0; i < bars.Count; i++)
        {
            var height = (Height - Top - Bottom) * bars[i].Value / (double)max;
            svg.Append($"<rect class=\"bar\" x=\"{F(Left + i * slot + 1)}\" y=\"{F(Height - Bottom - height)}\" " +
                       $"width=\"{F(Math.Max(1, slot - 2))}\" height=\"{F(height)}\"><title>{Html.Encode(bars[i].Label)}: {bars[i].Value}</title></rect>");
            if (bars.Count <= 24 || i % (bars.Count / 12 + 1) == 0)
                svg.Append(Text(Left + i * slot + slot / 2, Height - 8, bars[i].Label, "axis"));
        }

        if (bars.All(b => b.Value == 0))
            svg.Append(Text(Width / 2.0, Height / 2.0, "Nothing recorded yet", "axis"));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A path through time: a line from the first date to the last, a band for each span (a consultation),
    /// and a labelled mark for each step.</summary>
    public static string Path(string id, string title, string description,
        IReadOnlyList<(DateOnly Date, string Label, string CssClass)> steps, IReadOnlyList<(DateOnly From, DateOnly To, string Label)> spans)
    {
        const int height = 120, line = 60, margin = 48;
        var dates = steps.Select(s => s.Date).Concat(spans.SelectMany(s => new[] { s.From, s.To })).ToList();
        var (first, last) = (dates.Min(), dates.Max());
        var days = Math.Max(1, last.DayNumber - first.DayNumber);
        // Wide margins: each step's date is written centred under it.
        double X(DateOnly d) => margin + (Width - 2 * margin) * (d.DayNumber - first.DayNumber) / (double)days;

        var svg = new StringBuilder()
            .Append($"<svg id=\"{id}\" class=\"chart path\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ")
            .Append($"aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{Html.Encode(title)}</title>")
            .Append($"<desc id=\"{id}-desc\">{Html.Encode(description)}</desc>")
            .Append($"<line class=\"grid\" x1=\"{F(X(first))}\" x2=\"{F(X(last))}\" y1=\"{line}\" y2=\"{line}\"/>");
        foreach (var span in spans)
            svg.Append($"<rect class=\"span\" x=\"{F(X(span.From))}\" y=\"{line - 8}\" width=\"{F(Math.Max(2, X(span.To) - X(span.From)))}\" ")
                .Append($"height=\"16\"><title>{Html.Encode(span.Label)}</title></rect>");
        for (var i = 0; i < steps.Count; i++)
        {
            var (date, label, css) = steps[i];
            svg.Append($"<circle class=\"step {css}\" cx=\"{F(X(date))}\" cy=\"{line}\" r=\"6\"><title>{Html.Encode(label)}</title></circle>")
                .Append(Text(X(date), i % 2 == 0 ? line - 16 : line + 26, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "axis"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description) => new StringBuilder()
        .Append($"<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" ")
        .Append($"aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{Html.Encode(title)}</title>")
        .Append($"<desc id=\"{id}-desc\">{Html.Encode(description)}</desc>");

    private static void AxisY(StringBuilder svg, double max, Func<double, double> y)
    {
        foreach (var tick in new[] { 0, Math.Round(max / 2), max }.Distinct())
        {
            svg.Append($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(y(tick))}\" y2=\"{F(y(tick))}\"/>");
            svg.Append(Text(Left - 6, y(tick) + 4, Math.Round(tick).ToString(CultureInfo.InvariantCulture), "axis end"));
        }
    }

    private static string Text(double x, double y, string text, string css) =>
        $"<text class=\"{css}\" x=\"{F(x)}\" y=\"{F(y)}\">{Html.Encode(text)}</text>";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
