using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pulse.Rendering.Html;

namespace Pulse.Rendering.Charts;

/// <summary>
/// A chart as an image with its SVG in a data: address. Pages served with a Content-Security-Policy
/// that forbids inline styles cannot show ScottPlot's SVG inline (its elements carry style
/// attributes), but an image is rendered on its own, so the policy's <c>img-src data:</c> lets it through.
/// </summary>
/// <param name="Source">The data: address of the SVG (base64).</param>
/// <param name="Alt">What the chart shows, for screen readers and when images are off.</param>
public sealed partial record ChartImage(string Source, string Alt, int Width, int Height)
{
    /// <summary>The image of an SVG written by <see cref="InlineSvg"/> (its viewBox gives the size).</summary>
    public static ChartImage From(string svg, string alt)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var box = ViewBox().Match(svg);
        if (!box.Success)
        {
            throw new ArgumentException("The SVG has no viewBox of the form \"0 0 W H\".", nameof(svg));
        }

        return new ChartImage(
            "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)),
            alt,
            int.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The image element, for HTML written outside Razor.</summary>
    public string ToHtml() =>
        $"<img class=\"chart\" src=\"{Source}\" alt=\"{HtmlBuilder.Encode(Alt)}\" width=\"{Width.ToString(CultureInfo.InvariantCulture)}\" height=\"{Height.ToString(CultureInfo.InvariantCulture)}\">";

    [GeneratedRegex("viewBox=\"0 0 (\\d+) (\\d+)\"")]
    private static partial Regex ViewBox();
}
