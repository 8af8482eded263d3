using Pulse.Rendering.Text;
using ScottPlot;

namespace Pulse.Rendering.Charts;

/// <summary>One row of a comparison chart: a score's mean in the reported wave and in the earlier one.</summary>
internal sealed record ComparisonRow(string Label, double? Mean, double? PreviousMean);

/// <summary>
/// Mean scores in two waves as a dot plot: an open circle for the earlier wave, a filled one for
/// this wave, a line between them. Means only, because that is what the comparison holds.
/// </summary>
internal static class ComparisonChart
{
    public static string Render(IReadOnlyList<ComparisonRow> rows, string wave, string previousWave, ReportText text, string id, string title)
    {
        using var plot = ChartStyle.NewPlot();
        var count = rows.Count;
        var now = new List<Coordinates>();
        var before = new List<Coordinates>();
        for (var i = 0; i < count; i++)
        {
            var y = count - 1 - i;
            var row = rows[i];
            if (row.Mean is { } m && row.PreviousMean is { } p)
            {
                var line = plot.Add.Line(p, y, m, y);
                line.Color = ChartStyle.Muted;
                line.LineWidth = 2;
            }

            if (row.PreviousMean is { } previous)
            {
                before.Add(new Coordinates(previous, y));
            }

            if (row.Mean is { } mean)
            {
                now.Add(new Coordinates(mean, y));
            }
        }

        if (before.Count > 0)
        {
            var earlier = plot.Add.Markers(before.ToArray(), MarkerShape.OpenCircle, 10, ChartStyle.Muted);
            earlier.LegendText = text.Format(text.WaveLegend, previousWave);
        }

        if (now.Count > 0)
        {
            var current = plot.Add.Markers(now.ToArray(), MarkerShape.FilledCircle, 10, ChartStyle.Accent);
            current.LegendText = text.Format(text.WaveLegend, wave);
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, count).Select(i => (double)(count - 1 - i))], [.. rows.Select(r => r.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        ChartStyle.LocaliseTicks(plot.Axes.Bottom, text);
        plot.Axes.SetLimits(0, 100, -0.7, count - 0.3);
        plot.XLabel(text.ScoreAxis, 13);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.ShowLegend(Alignment.LowerRight);
        return InlineSvg.Of(plot, 760, 90 + (34 * count), id, title);
    }
}
