using System.Runtime.CompilerServices;

namespace Pulse.Monitoring.Text;

/// <summary>
/// Tells Dutch from English from other languages by counting their most frequent function words
/// (<see cref="FunctionWords"/>). Function words are the most reliable short-text signal: every
/// sentence has some, and they are closed classes, so a small list covers most of their use.
/// German, French and Spanish have profiles too, so that their texts are recognised as "other"
/// instead of being claimed by the Dutch or English words they share ("in", "die", "was").
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Texts with fewer words than this, or no function words at all, fall back to the default.</summary>
    public const int MinimumWords = 3;

    private readonly (TextLanguage Language, string[] Words)[] profiles =
    [
        (TextLanguage.Dutch, FunctionWords.Dutch),
        (TextLanguage.English, FunctionWords.English),
        (TextLanguage.Other, FunctionWords.German),
        (TextLanguage.Other, FunctionWords.French),
        (TextLanguage.Other, FunctionWords.Spanish),
    ];

    /// <summary>Each function word with a bit per profile that lists it: one lookup per word of the text.</summary>
    private readonly SpanTable<int> membership;

    public LanguageDetector()
    {
        membership = new SpanTable<int>(profiles
            .SelectMany((profile, index) => profile.Words.Select(word => (word, bit: 1 << index)))
            .GroupBy(p => p.word, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Aggregate(0, (mask, p) => mask | p.bit))));
    }

    /// <summary>The shared detector; it holds no state between calls.</summary>
    public static LanguageDetector Default { get; } = new();

    /// <summary>
    /// The language of <paramref name="text"/>, or <paramref name="fallback"/> when the text is too
    /// short or has no function words of any profile (e.g. "Top! 👍").
    /// </summary>
    public TextLanguage Detect(ReadOnlySpan<char> text, TextLanguage fallback = TextLanguage.Dutch) =>
        TryDetect(text, out var words) ?? (words >= 6 ? TextLanguage.Other : fallback);

    /// <summary>
    /// The language when the function words decide it; null when the text is too short, has no
    /// function words, or two languages tie (<paramref name="words"/> says how many words it has).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TextLanguage? TryDetect(ReadOnlySpan<char> text, out int words)
    {
        Span<int> hits = stackalloc int[profiles.Length];
        Span<char> word = stackalloc char[32];
        words = 0;
        var nonLatin = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                if (text[i] > '\u024F') nonLatin++;
                i++;
            }

            words++;
            var length = i - start;
            if (length > word.Length) continue;
            var lower = word[..length];
            text.Slice(start, length).ToLowerInvariant(lower);
            if (!membership.TryGetValue(lower, out var mask)) continue;
            for (var p = 0; p < profiles.Length; p++)
            {
                if ((mask & (1 << p)) != 0) hits[p]++;
            }
        }

        // Greek, Cyrillic, Arabic, CJK...: neither Dutch nor English, however short.
        if (nonLatin > text.Length / 3 && nonLatin > 0) return TextLanguage.Other;
        if (words < MinimumWords) return null;
        var best = -1;
        var bestHits = 0;
        var tie = false;
        for (var p = 0; p < profiles.Length; p++)
        {
            if (hits[p] > bestHits)
            {
                best = p;
                bestHits = hits[p];
                tie = false;
            }
            else if (hits[p] == bestHits && bestHits > 0 && profiles[p].Language != profiles[best].Language)
            {
                tie = true;
            }
        }

        if (best < 0 || tie) return null;
        return profiles[best].Language;
    }
}
