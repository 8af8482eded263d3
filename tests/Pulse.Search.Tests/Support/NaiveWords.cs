using System.Globalization;
using System.Text;

namespace Pulse.Search.Tests.Support;

/// <summary>
/// An independent whole-word reader, sharing no code with Pulse.Search or Lucene: remove accents by
/// Unicode decomposition, lower-case, and cut into runs of letters and digits, where an apostrophe or
/// a period between two letters, or a period or comma between two digits, stays inside the word
/// (as Unicode word boundaries do: "z'n", "3.5").
/// </summary>
internal static class NaiveWords
{
    public static List<string> Of(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            var joins = current.Length > 0 && i + 1 < folded.Length && (
                (c is '\'' or '.' && char.IsLetter(folded[i - 1]) && char.IsLetter(folded[i + 1]))
                || (c is '.' or ',' && char.IsDigit(folded[i - 1]) && char.IsDigit(folded[i + 1])));
            if (joins)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
            words.Add(current.ToString());
        return words;
    }

    /// <summary>True when <paramref name="words"/> holds <paramref name="phrase"/>'s words one after the other.</summary>
    public static bool Contains(List<string> words, string phrase)
    {
        var wanted = Of(phrase);
        for (var start = 0; start + wanted.Count <= words.Count; start++)
        {
            var all = true;
            for (var k = 0; k < wanted.Count && all; k++)
                all = words[start + k] == wanted[k];
            if (all)
                return true;
        }

        return false;
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('’', '\'').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
