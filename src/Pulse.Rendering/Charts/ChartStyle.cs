using Pulse.Rendering.Text;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Pulse.Rendering.Charts;

/// <summary>The look every chart shares: one sans-serif font (the one the page uses), print colours, numbers in the report's language.</summary>
internal static class ChartStyle
{
    public static readonly Color Accent = Color.FromHex("#1f5fa8");
    public static readonly Color AccentLight = Color.FromHex("#1f5fa8").WithAlpha(0.28);
    public static readonly Color Muted = Color.FromHex("#7a8390");
    public static readonly Color Highlight = Color.FromHex("#3a9a5b");
    public static readonly Color Ink = Color.FromHex("#1d2430");

    /// <summary>
    /// A plot in the house style. The font is named rather than left to ScottPlot's guess, which
    /// differs between machines ("DejaVu Serif" here), so HTML and PDF look alike everywhere.
    /// </summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.FigureBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#e3e7ec");
        return plot;
    }

    /// <summary>Tick labels in the report's number format (a decimal comma in Dutch).</summary>
    public static void LocaliseTicks(IAxis axis, ReportText text) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = value => value.ToString("0.##", text.Culture) };
}
