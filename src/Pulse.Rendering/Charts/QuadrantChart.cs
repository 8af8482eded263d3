using Pulse.Rendering.Text;
using ScottPlot;

namespace Pulse.Rendering.Charts;

/// <summary>A usage factor in the quadrant: its mean score (x) and its correlation with the active share (y).</summary>
internal sealed record QuadrantPoint(string Label, double Score, double R);

/// <summary>
/// Score versus impact (an importance–performance map): x is the mean construct score, y Pearson's
/// r with the active share. The quadrants split at the mean of the plotted scores and of the
/// plotted r's, so the chart always reads relative to the Usage factors themselves.
/// </summary>
internal static class QuadrantChart
{
    public static string Render(IReadOnlyList<QuadrantPoint> points, ReportText text, string id, string title)
    {
        using var plot = ChartStyle.NewPlot();
        var splitX = points.Average(p => p.Score);
        var splitY = points.Average(p => p.R);
        var bottom = Math.Max(-1, Math.Min(-0.1, points.Min(p => p.R) - 0.15));
        var top = Math.Min(1, Math.Max(0.1, points.Max(p => p.R) + 0.15));

        var vertical = plot.Add.VerticalLine(splitX, 1, ChartStyle.Muted, LinePattern.Solid);
        vertical.LineWidth = 1;
        var horizontal = plot.Add.HorizontalLine(splitY, 1, ChartStyle.Muted, LinePattern.Solid);
        horizontal.LineWidth = 1;

        Corner(plot, text.QuadrantImprove, 1, top, Alignment.UpperLeft);
        Corner(plot, text.QuadrantKeep, 99, top, Alignment.UpperRight);
        Corner(plot, text.QuadrantLowerPriority, 1, bottom, Alignment.LowerLeft);
        Corner(plot, text.QuadrantLessRelated, 99, bottom, Alignment.LowerRight);

        plot.Add.Markers(points.Select(p => p.Score).ToArray(), points.Select(p => p.R).ToArray(), MarkerShape.FilledCircle, 10, ChartStyle.Accent);
        foreach (var point in points)
        {
            var label = plot.Add.Text(point.Label, point.Score, point.R);
            label.LabelFontSize = 11;
            label.LabelFontColor = ChartStyle.Ink;
            label.OffsetX = 7;
            label.OffsetY = -7;
            label.LabelAlignment = point.Score > 70 ? Alignment.LowerRight : Alignment.LowerLeft;
        }

        ChartStyle.LocaliseTicks(plot.Axes.Bottom, text);
        ChartStyle.LocaliseTicks(plot.Axes.Left, text);
        plot.Axes.SetLimits(0, 100, bottom, top);
        plot.XLabel(text.QuadrantAxisScore, 13);
        plot.YLabel(text.QuadrantAxisImpact, 13);
        return InlineSvg.Of(plot, 760, 460, id, title);
    }

    private static void Corner(Plot plot, string label, double x, double y, Alignment alignment)
    {
        var corner = plot.Add.Text(label, x, y);
        corner.LabelFontSize = 11;
        corner.LabelBold = true;
        corner.LabelFontColor = ChartStyle.Muted;
        corner.LabelAlignment = alignment;
    }
}
