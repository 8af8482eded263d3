namespace Pulse.Maturity.Statistics;

/// <summary>Where one organisation's score stands among a wave's scores.</summary>
public static class PercentileRank
{
    /// <summary>
    /// The share (0..1) of <paramref name="scores"/> strictly below <paramref name="score"/> plus
    /// half the share equal to it. The organisation's own score belongs in <paramref name="scores"/>,
    /// so the lowest of five distinct scores gets 0.1 and the highest 0.9; five equal scores all get 0.5.
    /// </summary>
    public static double Of(double score, IReadOnlyCollection<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one score.", nameof(scores));
        }

        int lower = 0, equal = 0;
        foreach (var other in scores)
        {
            if (other < score)
            {
                lower++;
            }
            else if (other.Equals(score))
            {
                equal++;
            }
        }

        return (lower + (equal / 2.0)) / scores.Count;
    }

    /// <summary>
    /// <see cref="Of"/> for scores already sorted ascending (not checked): two binary searches
    /// instead of a pass over every score, so that the percentiles of a whole wave cost n log n,
    /// not n².
    /// </summary>
    public static double OfSorted(double score, IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one score.", nameof(sorted));
        }

        var lower = FirstIndex(sorted, s => s >= score);
        var lowerOrEqual = FirstIndex(sorted, s => s > score);
        return (lower + ((lowerOrEqual - lower) / 2.0)) / sorted.Count;
    }

    // The first position whose score passes a test that, in ascending order, fails and then holds.
    private static int FirstIndex(IReadOnlyList<double> sorted, Func<double, bool> holds)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (holds(sorted[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
