using Pulse.Rendering.Text;
using ScottPlot;

namespace Pulse.Rendering.Charts;

/// <summary>One polygon of a radar: its legend, its values (one per spoke, 0–100) and how it is drawn.</summary>
internal sealed record RadarSeriesData(string Legend, IReadOnlyList<double> Values, Color Line, Color Fill, LinePattern Pattern);

/// <summary>A radar (spider) chart on the 0–100 scale with rings at 20, 40, 60, 80 and 100: the stage boundaries.</summary>
internal static class RadarChart
{
    private static readonly double[] Rings = [20, 40, 60, 80, 100];

    public static string Render(IReadOnlyList<string> spokes, IReadOnlyList<RadarSeriesData> series, ReportText text, string id, string title)
    {
        using var plot = ChartStyle.NewPlot();
        var radar = plot.Add.Radar();
        radar.PolarAxis.SetSpokes([.. spokes], 112);
        radar.PolarAxis.SetCircles([.. Rings], [.. Rings.Select(v => v.ToString(text.Culture))]);
        foreach (var data in series)
        {
            radar.Series.Add(new RadarSeries
            {
                Values = [.. data.Values],
                LegendText = data.Legend,
                FillColor = data.Fill,
                LineColor = data.Line,
                LineWidth = 2,
                LinePattern = data.Pattern,
            });
        }

        plot.HideAxesAndGrid();
        // Room around the 100 ring for the spoke labels, and the same scale across and up so the rings stay round.
        const int width = 600, height = 420;
        const double halfHeight = 150;
        const double halfWidth = halfHeight * width / height;
        plot.Axes.SetLimits(-halfWidth, halfWidth, -halfHeight, halfHeight);
        plot.ShowLegend(Alignment.LowerRight, Orientation.Vertical);
        return InlineSvg.Of(plot, width, height, id, title);
    }
}
