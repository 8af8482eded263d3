using System.Collections.Frozen;

namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// A frozen lexicon of words and phrases. Lookups take spans, so scoring a text allocates no
/// strings; phrases are found through the set of words that start one.
/// </summary>
public sealed class SentimentLexicon
{
    private readonly FrozenDictionary<string, double> terms;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> phraseStarts;

    /// <summary>Later entries override earlier ones, so a list of layers reads "base, then corrections".</summary>
    public SentimentLexicon(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Term] = entry.Valence;
        }

        terms = map.ToFrozenDictionary(StringComparer.Ordinal);
        lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var phrases = terms.Keys.Where(t => t.Contains(' ', StringComparison.Ordinal)).ToList();
        MaxPhraseWords = phrases.Count == 0 ? 1 : phrases.Max(p => p.Split(' ').Length);
        phraseStarts = phrases.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => terms.Count;

    /// <summary>The most words in any phrase of this lexicon.</summary>
    public int MaxPhraseWords { get; }

    public IEnumerable<LexiconEntry> Entries => terms.Select(t => new LexiconEntry(t.Key, t.Value));

    public bool TryGet(ReadOnlySpan<char> term, out double valence) => lookup.TryGetValue(term, out valence);

    public bool StartsPhrase(ReadOnlySpan<char> word) => phraseStarts.Contains(word);

    /// <summary>This lexicon with <paramref name="extra"/> added on top (an organisation's own words win).</summary>
    public SentimentLexicon With(IEnumerable<LexiconEntry> extra) => new(Entries.Concat(extra));
}
