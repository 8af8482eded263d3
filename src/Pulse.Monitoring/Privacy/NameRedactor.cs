using System.Buffers;
using System.Text;

namespace Pulse.Monitoring.Privacy;

/// <summary>
/// Replaces known full names in free text by their pseudonyms, as whole words: the names that
/// connectors write where a message mentioned someone. Built on <see cref="SearchValues{T}"/> of
/// strings, so a body is scanned once for all names at the same time, whatever their number.
/// Single first names and other personal details in free text are not recognised.
/// </summary>
public sealed class NameRedactor
{
    /// <summary>Names shorter than this are too likely to be ordinary words.</summary>
    public const int MinimumLength = 5;

    private readonly Dictionary<string, string> replacements;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] lengths;
    private readonly SearchValues<string>? names;

    public NameRedactor(IReadOnlyDictionary<string, string> replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        this.replacements = replacements
            .Where(r => r.Key.Length >= MinimumLength && r.Key != r.Value)
            .ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        lookup = this.replacements.GetAlternateLookup<ReadOnlySpan<char>>();
        lengths = [.. this.replacements.Keys.Select(k => k.Length).Distinct().OrderDescending()];
        names = this.replacements.Count == 0 ? null : SearchValues.Create([.. this.replacements.Keys], StringComparison.Ordinal);
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
            if (IsBoundary(rest, at - 1) && IsBoundary(rest, end))
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
