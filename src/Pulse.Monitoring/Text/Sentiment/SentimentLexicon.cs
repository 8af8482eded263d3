using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Pulse.Monitoring.Text.Sentiment;

/// <summary>
/// An immutable lexicon of words and phrases. Lookups take spans (<see cref="SpanTable{TValue}"/>),
/// so scoring a text allocates no strings; phrases are found through the set of words that start one.
/// </summary>
public sealed class SentimentLexicon
{
    private readonly SpanTable<double> terms;
    private readonly SpanTable<bool> phraseStarts;

    /// <summary>Later entries override earlier ones, so a list of layers reads "base, then corrections".</summary>
    public SentimentLexicon(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            map[entry.Term] = entry.Valence;
        }

        terms = new SpanTable<double>(map);
        var phrases = map.Keys.Where(t => t.Contains(' ', StringComparison.Ordinal)).ToList();
        MaxPhraseWords = phrases.Count == 0 ? 1 : phrases.Max(p => p.Split(' ').Length);
        phraseStarts = SpanTable.Set(phrases.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]));
    }

    /// <summary>Words seen are few and repeat; their morphology is worked out once. Bounded, so odd input cannot grow it without end.</summary>
    private const int MorphologyCacheLimit = 200_000;

    private readonly ConcurrentDictionary<string, (double Valence, string Rule)> morphology = new(StringComparer.Ordinal);

    public int Count => terms.Count;

    /// <summary>The most words in any phrase of this lexicon.</summary>
    public int MaxPhraseWords { get; }

    public IEnumerable<LexiconEntry> Entries => terms.Pairs.Select(t => new LexiconEntry(t.Key, t.Value));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> term, out double valence) => terms.TryGetValue(term, out valence);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool StartsPhrase(ReadOnlySpan<char> word) => phraseStarts.Contains(word);

    /// <summary>
    /// A Dutch word not in the lexicon, through its lemma or compound head (<see cref="DutchMorphology"/>),
    /// remembered per word; a rule of "" means nothing was found.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryMorphology(ReadOnlySpan<char> word, out double valence, out string rule)
    {
        var cache = morphology.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!cache.TryGetValue(word, out var known))
        {
            known = DutchMorphology.TryLookup(this, word, out var v, out var r) ? (v, r) : (0, string.Empty);
            if (morphology.Count < MorphologyCacheLimit) cache.TryAdd(word, known);
        }

        (valence, rule) = known;
        return known.Rule.Length > 0;
    }

    /// <summary>This lexicon with <paramref name="extra"/> added on top (an organisation's own words win).</summary>
    public SentimentLexicon With(IEnumerable<LexiconEntry> extra) => new(Entries.Concat(extra));
}
