using Pulse.Rendering.Text;
using ScottPlot;

namespace Pulse.Rendering.Charts;

/// <summary>One point in time of a series chart: a week and the values of each line (null: no value that week).</summary>
public sealed record SeriesPoint(DateOnly Week, IReadOnlyList<double?> Values);

/// <summary>What the values of a series chart are, and so its vertical scale.</summary>
public enum SeriesScale
{
    /// <summary>Fractions 0–1, drawn as 0–100 %.</summary>
    Percent,

    /// <summary>Counts from 0 up.</summary>
    Count,

    /// <summary>Mean sentiment, −1 to 1.</summary>
    Sentiment,
}

/// <summary>
/// Lines over weeks — participation, messages or sentiment over time on the dashboard. A missing
/// value breaks nothing: its line simply has no point that week.
/// </summary>
public static class SeriesChart
{
    /// <param name="lines">The name of each line, in the order of <see cref="SeriesPoint.Values"/>.</param>
    /// <param name="language">"nl" or "en": the number format of the ticks.</param>
    public static ChartImage Percentages(IReadOnlyList<SeriesPoint> points, IReadOnlyList<string> lines, string language, string title) =>
        Lines(points, lines, language, title, SeriesScale.Percent);

    /// <param name="lines">The name of each line, in the order of <see cref="SeriesPoint.Values"/>.</param>
    /// <param name="language">"nl" or "en": the number format of the ticks.</param>
    /// <param name="scale">What the values are.</param>
    public static ChartImage Lines(IReadOnlyList<SeriesPoint> points, IReadOnlyList<string> lines, string language, string title, SeriesScale scale)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lines);
        var text = ReportText.For(language);
        using var plot = ChartStyle.NewPlot();
        Color[] colours = [ChartStyle.Accent, ChartStyle.Highlight, ChartStyle.Muted, ChartStyle.Ink, Colors.DarkGoldenRod, Colors.SeaGreen, Colors.SlateBlue, Colors.IndianRed];
        var highest = 0.0;
        for (var line = 0; line < lines.Count; line++)
        {
            var present = points.Where(p => p.Values[line] is not null).ToList();
            if (present.Count == 0) continue;
            var xs = present.Select(p => p.Week.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = present.Select(p => p.Values[line]!.Value * (scale == SeriesScale.Percent ? 100 : 1)).ToArray();
            highest = Math.Max(highest, ys.Max());
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = lines[line];
            scatter.Color = colours[line % colours.Length];
            scatter.LineWidth = 2;
            scatter.MarkerSize = 5;
        }

        plot.Axes.DateTimeTicksBottom();
        ChartStyle.LocaliseTicks(plot.Axes.Left, text);
        switch (scale)
        {
            case SeriesScale.Percent:
                plot.Axes.SetLimitsY(0, 100);
                plot.Axes.Left.Label.Text = "%";
                break;
            case SeriesScale.Count:
                plot.Axes.SetLimitsY(0, Math.Max(1, highest * 1.1));
                break;
            default:
                plot.Axes.SetLimitsY(-1, 1);
                break;
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return ChartImage.From(InlineSvg.Of(plot, 720, 300, "series", title), title);
    }
}
