namespace Pulse.Monitoring.Trends;

/// <summary>
/// Trending terms (monitoring-metrics.md, "Content"): terms whose number of messages in the current
/// window (the week, or the day, up to <c>at</c>) is well above their own baseline over the
/// preceding windows. A term trends when it occurs in at least <see cref="TrendOptions.MinimumCount"/>
/// messages now and its z-score — (count − mean of the preceding windows) / their standard
/// deviation, floored at 1 — is at least <see cref="TrendOptions.MinimumZ"/>. Stop words and the names
/// of people (given as <c>excluded</c>) are never terms. Ordered by z, then count, then term.
/// </summary>
public static class Trending
{
    public static IReadOnlyList<TrendingTerm> Compute(
        IEnumerable<TrendText> messages, DateTimeOffset at, IReadOnlySet<string> stopWords, IReadOnlySet<string> excluded, TrendOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        options ??= new TrendOptions();
        var windows = options.BaselineWindows + 1;
        var start = at - (options.Window * windows);
        // counts[term][w]: messages containing the term in window w (0 = oldest baseline window, last = current).
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, List<TrendText>>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (message.CreatedAt < start || message.CreatedAt >= at) continue;
            var window = (int)((message.CreatedAt - start).Ticks / options.Window.Ticks);
            foreach (var term in TrendTerms.Of(message, stopWords, excluded))
            {
                if (!counts.TryGetValue(term, out var perWindow))
                {
                    perWindow = new int[windows];
                    counts.Add(term, perWindow);
                }

                perWindow[window]++;
                if (window == windows - 1)
                {
                    if (!evidence.TryGetValue(term, out var list)) evidence.Add(term, list = []);
                    list.Add(message);
                }
            }
        }

        var trending = new List<TrendingTerm>();
        foreach (var (term, perWindow) in counts)
        {
            var now = perWindow[windows - 1];
            if (now < options.MinimumCount) continue;
            var baseline = perWindow.Take(windows - 1).Select(c => (double)c).ToArray();
            var mean = baseline.Average();
            var sd = Math.Sqrt(baseline.Sum(c => (c - mean) * (c - mean)) / Math.Max(1, baseline.Length - 1));
            var z = (now - mean) / Math.Max(1, sd);
            if (z < options.MinimumZ) continue;
            var ids = evidence[term].OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal).Take(20).Select(m => m.Id).ToList();
            trending.Add(new TrendingTerm(term, now, mean, z, ids));
        }

        // A phrase says more than its words alone: drop a word when a phrase containing it trends as strongly.
        var phrases = trending.Where(t => t.Term.Contains(' ', StringComparison.Ordinal)).ToList();
        trending.RemoveAll(t => !t.Term.Contains(' ', StringComparison.Ordinal) && !t.Term.StartsWith('#')
            && phrases.Any(p => p.Count == t.Count && p.Term.Split(' ').Contains(t.Term, StringComparer.Ordinal)));
        return [.. trending.OrderByDescending(t => t.Z).ThenByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(options.Top)];
    }
}
