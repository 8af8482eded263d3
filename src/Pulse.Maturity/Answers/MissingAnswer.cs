namespace Pulse.Maturity.Answers;

/// <summary>
/// The ways an answer file says "don't know": empty, whitespace, <c>dk</c>, <c>weet niet</c>,
/// <c>don't know</c>, <c>n/a</c> (any case; straight or curly apostrophe).
/// </summary>
public static class MissingAnswer
{
    private static readonly string[] Words = ["dk", "weet niet", "don't know", "don\u2019t know", "n/a"];

    /// <summary>The words that mean "don't know", besides blank.</summary>
    public static IReadOnlyList<string> DontKnowWords => Words;

    /// <summary>True when <paramref name="raw"/> is blank or a "don't know" word.</summary>
    public static bool IsMissing(ReadOnlySpan<char> raw)
    {
        var trimmed = raw.Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        foreach (var word in Words)
        {
            if (trimmed.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="raw"/> is null, blank or a "don't know" word.</summary>
    public static bool IsMissing(string? raw) => raw is null || IsMissing(raw.AsSpan());
}
