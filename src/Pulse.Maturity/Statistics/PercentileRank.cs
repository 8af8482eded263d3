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
}
