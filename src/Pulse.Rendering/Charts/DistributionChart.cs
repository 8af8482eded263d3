using Pulse.Maturity.Benchmark;
using Pulse.Rendering.Text;
using ScottPlot;

namespace Pulse.Rendering.Charts;

/// <summary>One row of a distribution chart: a score's name and its distribution (null: nobody has it).</summary>
internal sealed record DistributionRow(string Label, Distribution? Distribution);

/// <summary>
/// Horizontal box plots of several scores on the 0–100 scale, one row each, drawn from the
/// distributions alone (quartiles, median, mean, min, max): the chart shows no organisation's value.
/// Horizontal because construct names are long; ScottPlot's own box plot draws only vertical boxes,
/// so the boxes are rectangles and lines.
/// </summary>
internal static class DistributionChart
{
    private const double HalfBox = 0.3;

    public static string Render(IReadOnlyList<DistributionRow> rows, ReportText text, string id, string title)
    {
        using var plot = ChartStyle.NewPlot();
        var count = rows.Count;
        for (var i = 0; i < count; i++)
        {
            // The first row on top: ScottPlot's y grows upward.
            var y = count - 1 - i;
            if (rows[i].Distribution is not { } d)
            {
                continue;
            }

            var whisker = plot.Add.Line(d.Min, y, d.Max, y);
            whisker.Color = ChartStyle.Ink;
            whisker.LineWidth = 1;
            var box = plot.Add.Rectangle(d.Q1, d.Q3, y - HalfBox, y + HalfBox);
            box.FillColor = i == 0 ? ChartStyle.Accent.WithAlpha(0.45) : ChartStyle.AccentLight;
            box.LineColor = ChartStyle.Accent;
            var median = plot.Add.Line(d.Median, y - HalfBox, d.Median, y + HalfBox);
            median.Color = ChartStyle.Ink;
            median.LineWidth = 3;
            plot.Add.Marker(d.Mean, y, MarkerShape.FilledDiamond, 9, ChartStyle.Highlight);
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, count).Select(i => (double)(count - 1 - i))], [.. rows.Select(r => r.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        ChartStyle.LocaliseTicks(plot.Axes.Bottom, text);
        plot.Axes.SetLimits(0, 100, -0.7, count - 0.3);
        plot.XLabel(text.ScoreAxis, 13);
        plot.Grid.YAxisStyle.IsVisible = false;
        return InlineSvg.Of(plot, 760, 70 + (38 * count), id, title);
    }
}
