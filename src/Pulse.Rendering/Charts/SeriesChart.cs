using Pulse.Rendering.Text;
using ScottPlot;

namespace Pulse.Rendering.Charts;

/// <summary>One point in time of a series chart: a week and the values of each line (null: no value that week).</summary>
public sealed record SeriesPoint(DateOnly Week, IReadOnlyList<double?> Values);

/// <summary>
/// Lines over weeks — participation over time on the organisation page — on a 0–100 % scale. A
/// missing value breaks nothing: its line simply has no point that week.
/// </summary>
public static class SeriesChart
{
    /// <param name="lines">The name of each line, in the order of <see cref="SeriesPoint.Values"/>.</param>
    /// <param name="language">"nl" or "en": the number format of the ticks.</param>
    public static ChartImage Percentages(IReadOnlyList<SeriesPoint> points, IReadOnlyList<string> lines, string language, string title)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lines);
        var text = ReportText.For(language);
        using var plot = ChartStyle.NewPlot();
        Color[] colours = [ChartStyle.Accent, ChartStyle.Highlight, ChartStyle.Muted, ChartStyle.Ink];
        for (var line = 0; line < lines.Count; line++)
        {
            var present = points.Where(p => p.Values[line] is not null).ToList();
            if (present.Count == 0) continue;
            var xs = present.Select(p => p.Week.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = present.Select(p => p.Values[line]!.Value * 100).ToArray();
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = lines[line];
            scatter.Color = colours[line % colours.Length];
            scatter.LineWidth = 2;
            scatter.MarkerSize = 5;
        }

        plot.Axes.DateTimeTicksBottom();
        ChartStyle.LocaliseTicks(plot.Axes.Left, text);
        plot.Axes.SetLimitsY(0, 100);
        plot.Axes.Left.Label.Text = "%";
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartImage.From(InlineSvg.Of(plot, 720, 300, "series", title), title);
    }
}
