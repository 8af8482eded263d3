using System.Text;

namespace Pulse.Connectors.Slack;

/// <summary>
/// Slack's mrkdwn to plain text: <c>&lt;@U123&gt;</c> becomes the person's name,
/// <c>&lt;#C123|general&gt;</c> becomes <c>#general</c>, <c>&lt;https://x|label&gt;</c> becomes
/// the label (a bare link stays a link), <c>&lt;!channel&gt;</c> becomes <c>@channel</c>, and the
/// three escapes Slack uses (<c>&amp;amp; &amp;lt; &amp;gt;</c>) are decoded. Formatting marks
/// (<c>*bold*</c>, <c>_italic_</c>, code fences) are left: they are part of what people typed.
/// </summary>
internal static class SlackMarkup
{
    public static string ToPlainText(string? text, Func<string, string?> personName, Func<string, string?> channelName)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny('<', '&') < 0) return text;
        var plain = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0)
            {
                plain.Append(Unescape(text.AsSpan(i)));
                break;
            }

            var close = text.IndexOf('>', open + 1);
            if (close < 0)
            {
                plain.Append(Unescape(text.AsSpan(i)));
                break;
            }

            plain.Append(Unescape(text.AsSpan(i, open - i)));
            plain.Append(Reference(text.AsSpan(open + 1, close - open - 1), personName, channelName));
            i = close + 1;
        }

        return plain.ToString();
    }

    private static string Reference(ReadOnlySpan<char> inner, Func<string, string?> personName, Func<string, string?> channelName)
    {
        var bar = inner.IndexOf('|');
        var target = bar < 0 ? inner : inner[..bar];
        var label = bar < 0 ? null : Unescape(inner[(bar + 1)..]);
        if (target.StartsWith('@'))
        {
            return label ?? personName(target[1..].ToString()) ?? target[1..].ToString();
        }

        if (target.StartsWith('#'))
        {
            return "#" + (label ?? channelName(target[1..].ToString()) ?? target[1..].ToString());
        }

        if (target.StartsWith('!'))
        {
            // <!channel>, <!here>, <!everyone>; <!subteam^S1|@team> and <!date^…|fallback> carry their own label.
            return label ?? "@" + target[1..].ToString();
        }

        if (label is not null) return label;
        var link = Unescape(target);
        return link.StartsWith("mailto:", StringComparison.Ordinal) ? link["mailto:".Length..] : link;
    }

    private static string Unescape(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('&') < 0) return text.ToString();
        return text.ToString()
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }
}
