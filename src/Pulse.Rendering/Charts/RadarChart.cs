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
        plot.Axes.SetLimits(-175, 175, -150, 150);
        plot.ShowLegend(Alignment.LowerCenter, Orientation.Horizontal);
        return InlineSvg.Of(plot, 520, 460, id, title);
    }
}
