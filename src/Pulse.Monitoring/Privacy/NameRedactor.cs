using System.Buffers;
using System.Text;

namespace Pulse.Monitoring.Privacy;

/// <summary>
/// Replaces known names in free text by their pseudonyms, as whole words and in any letter case
/// ("Anna de Vries", "ANNA DE VRIES", "anna de vries's"): the names that connectors write where a
/// message mentioned someone, and the ones people type. Built on <see cref="SearchValues{T}"/> of
/// strings, so a body is scanned once for all names at the same time, whatever their number.
/// Single first names and other personal details in free text are not recognised.
/// </summary>
public sealed class NameRedactor
{
    /// <summary>Names shorter than this are too likely to be ordinary words; an <c>@mention</c> may be shorter.</summary>
    public const int MinimumLength = 5;

    private readonly Dictionary<string, string> replacements;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] lengths;
    private readonly SearchValues<string>? names;
    private readonly bool wholeWords;

    /// <param name="wholeWords">Replace only where the name stands as a word (the default); false
    /// also replaces it inside longer words and handles ("Jansens", "hjansen").</param>
    /// <param name="minimumLength">Shorter keys are ignored (an <c>@mention</c> from 3 characters).</param>
    public NameRedactor(IReadOnlyDictionary<string, string> replacements, bool wholeWords = true, int minimumLength = MinimumLength)
    {
        this.wholeWords = wholeWords;
        ArgumentNullException.ThrowIfNull(replacements);
        this.replacements = replacements
            .Where(r => (r.Key.Length >= minimumLength || (r.Key[0] == '@' && r.Key.Length >= 3)) && !string.Equals(r.Key, r.Value, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(r => r.Key, r => r.Value, StringComparer.OrdinalIgnoreCase);
        lookup = this.replacements.GetAlternateLookup<ReadOnlySpan<char>>();
        lengths = [.. this.replacements.Keys.Select(k => k.Length).Distinct().OrderDescending()];
        names = this.replacements.Count == 0 ? null : SearchValues.Create([.. this.replacements.Keys], StringComparison.OrdinalIgnoreCase);
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (names is null) return text;
        var rest = text.AsSpan();
        StringBuilder? result = null;
        var offset = 0;
        while (true)
        {
            var at = rest[offset..].IndexOfAny(names);
            if (at < 0) break;
            at += offset;
            var length = Longest(rest, at);
            var end = at + length;
            if (!wholeWords || (IsBoundary(rest, at - 1) && IsBoundary(rest, end)))
            {
                result ??= new StringBuilder(text.Length);
                lookup.TryGetValue(rest.Slice(at, length), out var replacement);
                result.Append(rest[..at]).Append(replacement);
                rest = rest[end..];
                offset = 0;
            }
            else
            {
                offset = at + 1;
            }
        }

        return result is null ? text : result.Append(rest).ToString();
    }

    /// <summary>The longest known name starting at <paramref name="at"/> ("Anna de Vries" over "Anna de").</summary>
    private int Longest(ReadOnlySpan<char> text, int at)
    {
        foreach (var length in lengths)
        {
            if (at + length <= text.Length && lookup.ContainsKey(text.Slice(at, length))) return length;
        }

        throw new InvalidOperationException("SearchValues found a name the dictionary does not hold.");
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
