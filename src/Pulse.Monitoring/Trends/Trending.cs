namespace Pulse.Monitoring.Trends;

/// <summary>
/// Trending terms (monitoring-metrics.md, "Content"): terms whose number of messages in the current
/// window (the week, or the day, up to <c>at</c>) is well above their own baseline over the
/// preceding windows. A term trends when it occurs in at least <see cref="TrendOptions.MinimumCount"/>
/// messages now and its z-score — (count − mean of the preceding windows) / their standard
/// deviation, floored at 1 — is at least <see cref="TrendOptions.MinimumZ"/>. Stop words and the names
/// of people (given as <c>excluded</c>) are never terms. Ordered by z, then count, then term.
/// </summary>
/// <remarks>
/// Two ways in, with one result: <see cref="Compute"/> reads every message of every window (the
/// definition, and the reference the tests hold the stored counts to); <see cref="Rank"/> starts from
/// counts per window that were kept per day (<see cref="TermTally"/>), and <see cref="WithEvidence"/>
/// then reads the current window's messages only. Excluding a name word while scanning or dropping
/// every term that contains it afterwards gives the same terms: an excluded word breaks a phrase
/// exactly as a stop word does, so the only terms it touches are itself and the phrases it is part of.
/// </remarks>
public static class Trending
{
    /// <summary>The most evidence messages given per term.</summary>
    public const int EvidencePerTerm = 20;

    public static IReadOnlyList<TrendingTerm> Compute(
        IEnumerable<TrendText> messages, DateTimeOffset at, IReadOnlySet<string> stopWords, IReadOnlySet<string> excluded, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        options ??= new TrendOptions();
        var vocabulary = new TermVocabulary(stopWords, excluded);
        var windows = options.BaselineWindows + 1;
        var start = at - (options.Window * windows);
        // counts[term][w]: messages containing the term in window w (0 = oldest baseline window, last = current).
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var current = new List<TrendText>();
        foreach (var message in messages)
        {
            if (message.CreatedAt < start || message.CreatedAt >= at) continue;
            var window = (int)((message.CreatedAt - start).Ticks / options.Window.Ticks);
            if (window == windows - 1) current.Add(message);
            foreach (var term in TrendTerms.Of(message, vocabulary))
            {
                if (!counts.TryGetValue(term, out var perWindow))
                {
                    perWindow = new int[windows];
                    counts.Add(term, perWindow);
                }

                perWindow[window]++;
            }
        }

        return WithEvidence(Rank(counts, excluded, options), current, vocabulary);
    }

    /// <summary>
    /// The trending terms from their counts per window (each array: the baseline windows oldest
    /// first, then the current one), without evidence yet. Terms with a word in
    /// <paramref name="excluded"/> (names of people) are left out; hashtags and topics are kept.
    /// </summary>
    public static IReadOnlyList<TrendingTerm> Rank(IReadOnlyDictionary<string, int[]> counts, IReadOnlySet<string> excluded, TrendOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(options);
        var windows = options.BaselineWindows + 1;
        var trending = new List<TrendingTerm>();
        foreach (var (term, perWindow) in counts)
        {
            if (perWindow.Length != windows) throw new ArgumentException($"'{term}' has {perWindow.Length} counts; expected {windows}.", nameof(counts));
            var now = perWindow[windows - 1];
            if (now < options.MinimumCount) continue;
            if (!term.StartsWith('#') && excluded.Count > 0 && term.Split(' ').Any(excluded.Contains)) continue;
            var baseline = perWindow.Take(windows - 1).Select(c => (double)c).ToArray();
            var mean = baseline.Average();
            var sd = Math.Sqrt(baseline.Sum(c => (c - mean) * (c - mean)) / Math.Max(1, baseline.Length - 1));
            var z = (now - mean) / Math.Max(1, sd);
            if (z < options.MinimumZ) continue;
            trending.Add(new TrendingTerm(term, now, mean, z, []));
        }

        // A phrase says more than its words alone: drop a word when a phrase containing it trends as strongly.
        var phrases = trending.Where(t => t.Term.Contains(' ', StringComparison.Ordinal)).ToList();
        trending.RemoveAll(t => !t.Term.Contains(' ', StringComparison.Ordinal) && !t.Term.StartsWith('#')
            && phrases.Any(p => p.Count == t.Count && p.Term.Split(' ').Contains(t.Term, StringComparer.Ordinal)));
        return [.. trending.OrderByDescending(t => t.Z).ThenByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(options.Top)];
    }

    /// <summary>
    /// The ranked terms with their evidence: the ids of the current window's messages that contain
    /// each (at most <see cref="EvidencePerTerm"/>, newest first, then by id).
    /// </summary>
    /// <param name="current">The current window's countable messages (any order).</param>
    public static IReadOnlyList<TrendingTerm> WithEvidence(IReadOnlyList<TrendingTerm> ranked, IEnumerable<TrendText> current, TermVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(current);
        if (ranked.Count == 0) return ranked;
        var evidence = ranked.ToDictionary(t => t.Term, _ => new List<TrendText>(), StringComparer.Ordinal);
        var sink = new EvidenceSink(evidence.GetAlternateLookup<ReadOnlySpan<char>>());
        foreach (var message in current)
        {
            sink.Message = message;
            TrendTerms.Scan(message.Body, message.Topics, vocabulary, ref sink);
        }

        return [.. ranked.Select(t => t with
        {
            Messages = [.. evidence[t.Term].OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal).Take(EvidencePerTerm).Select(m => m.Id)],
        })];
    }

    /// <summary>Adds the message to the evidence of each ranked term it contains, once per term; other terms cost a look-up, no string.</summary>
    private struct EvidenceSink(Dictionary<string, List<TrendText>>.AlternateLookup<ReadOnlySpan<char>> evidence) : ITermSink
    {
        public TrendText? Message;

        public readonly void Add(ReadOnlySpan<char> term)
        {
            if (!evidence.TryGetValue(term, out var list)) return;
            if (list.Count == 0 || !ReferenceEquals(list[^1], Message)) list.Add(Message!);
        }
    }
}
