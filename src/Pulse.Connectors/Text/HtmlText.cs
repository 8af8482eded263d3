using System.Net;
using System.Text;

namespace Pulse.Connectors.Text;

/// <summary>
/// Turns the HTML of a message body (Teams, Stack Exchange, Yammer's html_body) into the plain
/// text Pulse analyses: tags stripped, entities decoded, whitespace collapsed as a browser would,
/// block elements on their own lines, <c>&lt;pre&gt;</c> kept verbatim. Mention tags
/// (<c>&lt;at id="0"&gt;Name&lt;/at&gt;</c>) leave the name; emoji tags leave their character, and
/// Teams' <c>&lt;customemoji&gt;</c> its alt text (the custom emoji's name).
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt", "dl",
    };

    private static readonly HashSet<string> HiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return CollapseWhitespace(html);

        var text = new StringBuilder(html.Length);
        var inPre = 0;
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                if (next < 0) next = html.Length;
                AppendText(text, WebUtility.HtmlDecode(html[i..next]), inPre > 0);
                i = next;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                // A lone '<' is text, not a tag.
                AppendText(text, html[i..], inPre > 0);
                break;
            }

            var tag = html.AsSpan(i + 1, end - i - 1);
            var closing = tag.StartsWith('/');
            var name = TagName(closing ? tag[1..] : tag);
            i = end + 1;
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
            {
                if (!closing && !tag.StartsWith('!') && !tag.StartsWith('?')) AppendText(text, html[(i - tag.Length - 2)..i], inPre > 0);
                continue;
            }

            var nameText = name.ToString();
            if (!closing && HiddenElements.Contains(nameText))
            {
                var close = html.IndexOf("</" + nameText, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : Math.Max(i, html.IndexOf('>', close) + 1);
                continue;
            }

            if (nameText.Equals("pre", StringComparison.OrdinalIgnoreCase)) inPre = Math.Max(0, inPre + (closing ? -1 : 1));
            if (BlockElements.Contains(nameText))
            {
                LineBreak(text);
                continue;
            }

            // Teams writes a tenant's own emoji as <customemoji alt="name">: its name is all the text there is.
            if (!closing && (nameText.Equals("emoji", StringComparison.OrdinalIgnoreCase) || nameText.Equals("customemoji", StringComparison.OrdinalIgnoreCase)
                || (nameText.Equals("img", StringComparison.OrdinalIgnoreCase) && IsEmojiImage(tag))))
            {
                var alt = Attribute(tag, "alt");
                if (alt is not null) AppendText(text, WebUtility.HtmlDecode(alt), inPre > 0);
            }
        }

        return Finish(text);
    }

    /// <summary>Plain text with runs of whitespace collapsed to one space and trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendText(builder, text, preformatted: false);
        return Finish(builder);
    }

    private static bool IsEmojiImage(ReadOnlySpan<char> tag) =>
        tag.Contains("emoji", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        var n = 0;
        while (n < tag.Length && (char.IsAsciiLetterOrDigit(tag[n]) || tag[n] is ':' or '-')) n++;
        return tag[..n];
    }

    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        var at = 0;
        while (true)
        {
            var found = tag[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return null;
            var i = at + found + name.Length;
            var before = at + found - 1;
            at = i;
            if (before < 0 || !char.IsWhiteSpace(tag[before])) continue;
            while (i < tag.Length && tag[i] == ' ') i++;
            if (i >= tag.Length || tag[i] != '=') continue;
            i++;
            while (i < tag.Length && tag[i] == ' ') i++;
            if (i >= tag.Length) return null;
            var quote = tag[i];
            if (quote is '"' or '\'')
            {
                var close = tag[(i + 1)..].IndexOf(quote);
                return close < 0 ? null : tag.Slice(i + 1, close).ToString();
            }

            var stop = tag[i..].IndexOfAny(' ', '/');
            return (stop < 0 ? tag[i..] : tag.Slice(i, stop)).ToString();
        }
    }

    private static void AppendText(StringBuilder text, string run, bool preformatted)
    {
        if (preformatted)
        {
            text.Append(run.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u00A0', ' '));
            return;
        }

        foreach (var c in run)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                if (text.Length > 0 && text[^1] != ' ' && text[^1] != '\n') text.Append(' ');
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static void LineBreak(StringBuilder text)
    {
        TrimTrailingSpaces(text);
        if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
    }

    private static void TrimTrailingSpaces(StringBuilder text)
    {
        var n = text.Length;
        while (n > 0 && text[n - 1] == ' ') n--;
        text.Length = n;
    }

    private static string Finish(StringBuilder text)
    {
        TrimTrailingSpaces(text);
        var result = text.ToString().Trim('\n', ' ');
        while (result.Contains("\n\n\n", StringComparison.Ordinal)) result = result.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        return result;
    }
}
