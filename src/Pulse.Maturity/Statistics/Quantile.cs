namespace Pulse.Maturity.Statistics;

/// <summary>Sample quantiles as R's default <c>quantile(x, probs)</c> (type 7).</summary>
public static class Quantile
{
    /// <summary>
    /// The type 7 quantile: with the n values sorted as x₁ ≤ … ≤ xₙ and h = (n − 1)p, the value
    /// x⌊h⌋₊₁ + (h − ⌊h⌋)(x⌊h⌋₊₂ − x⌊h⌋₊₁): linear interpolation between order statistics, the
    /// minimum at p = 0 and the maximum at p = 1.
    /// </summary>
    /// <param name="values">At least one finite value, in any order (not changed).</param>
    /// <param name="p">The probability, 0..1.</param>
    public static double Type7(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return Type7Sorted(sorted, p);
    }

    /// <summary><see cref="Type7"/> for values already sorted ascending (not checked), to take several quantiles of one sort.</summary>
    public static double Type7Sorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }

        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability is 0..1.");
        }

        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
