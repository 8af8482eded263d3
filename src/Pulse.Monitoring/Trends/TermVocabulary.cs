namespace Pulse.Monitoring.Trends;

/// <summary>
/// The words that are never terms: stop words, and (when given) the names of people. Held as ordinal
/// sets that can be probed with a span, so that scanning a text allocates nothing per word.
/// </summary>
public sealed class TermVocabulary
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> excluded;

    public TermVocabulary(IEnumerable<string> stopWords, IEnumerable<string>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        this.stopWords = new HashSet<string>(stopWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.excluded = new HashSet<string>(excluded ?? [], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True for a stop word or an excluded word (lower case, as the scanner produces them).</summary>
    internal bool Skips(ReadOnlySpan<char> word) => stopWords.Contains(word) || excluded.Contains(word);
}
