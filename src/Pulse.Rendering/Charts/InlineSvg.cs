using System.Text.RegularExpressions;
using Pulse.Rendering.Html;
using ScottPlot;

namespace Pulse.Rendering.Charts;

/// <summary>A ScottPlot plot as an SVG element to put inside an HTML page.</summary>
internal static partial class InlineSvg
{
    /// <summary>
    /// The plot's SVG without the XML declaration, scalable (a viewBox, width from the page's CSS)
    /// and titled for screen readers. ScottPlot numbers its clip paths per image (cl_1, cl_2, …):
    /// inline in one page those ids would collide and every chart would clip to the first chart's
    /// rectangles, so each id gets <paramref name="idPrefix"/> in front.
    /// </summary>
    public static string Of(Plot plot, int width, int height, string idPrefix, string title)
    {
        var svg = plot.GetSvgXml(width, height);
        svg = XmlDeclaration().Replace(svg, string.Empty);
        svg = IdAttribute().Replace(svg, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        svg = HrefReference().Replace(svg, m => $"href=\"#{idPrefix}-{m.Groups[1].Value}\"");
        var root = SvgRoot().Match(svg);
        if (!root.Success)
        {
            throw new InvalidOperationException("ScottPlot's SVG has no <svg> root element.");
        }

        var open = $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\">"
            + $"<title>{HtmlBuilder.Encode(title)}</title>";
        return string.Concat(svg.AsSpan(0, root.Index), open, svg.AsSpan(root.Index + root.Length)).Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("<svg\\b[^>]*>")]
    private static partial Regex SvgRoot();
}
