using System.Net;
using System.Text.RegularExpressions;

namespace Pulse.Rendering.Tests.Support;

internal static partial class Markup
{
    /// <summary>
    /// What a reader can see: the text of the page and of its charts' labels, without tags and
    /// attributes (an SVG path's coordinates would otherwise match any number).
    /// </summary>
    public static string Visible(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
