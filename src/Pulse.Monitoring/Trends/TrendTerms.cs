using System.Globalization;
using System.Text;

namespace Pulse.Monitoring.Trends;

/// <summary>
/// The terms of one message: words of three letters or more (lower case, accents kept), the
/// two-word phrases of adjacent words that are not stop words, and the message's hashtags and
/// topics (as "#topic"). Each term counts once per message: trends measure how many messages speak
/// of something, not how often one message repeats it.
/// </summary>
internal static class TrendTerms
{
    public static HashSet<string> Of(TrendText message, IReadOnlySet<string> stopWords, IReadOnlySet<string> excluded)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var (word, hashtag) in Words(message.Body))
        {
            if (hashtag)
            {
                terms.Add("#" + word);
                previous = null;
                continue;
            }

            if (word.Length < 3 || stopWords.Contains(word) || excluded.Contains(word) || word.All(char.IsDigit))
            {
                previous = null;
                continue;
            }

            terms.Add(word);
            if (previous is not null) terms.Add(previous + " " + word);
            previous = word;
        }

        foreach (var topic in message.Topics)
        {
            var name = topic.Trim().TrimStart('#').ToLower(CultureInfo.InvariantCulture);
            if (name.Length > 0) terms.Add("#" + name);
        }

        return terms;
    }

    /// <summary>Runs of letters and digits (with inner hyphens and apostrophes), lower case; a leading '#' marks a hashtag.</summary>
    private static IEnumerable<(string Word, bool Hashtag)> Words(string text)
    {
        var word = new StringBuilder();
        var hashtag = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inner = (c is '-' or '\'') && word.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || inner)
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                yield return (word.ToString(), hashtag);
                word.Clear();
            }

            hashtag = c == '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        }
    }
}
