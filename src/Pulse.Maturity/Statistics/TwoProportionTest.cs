using MathNet.Numerics.Distributions;

namespace Pulse.Maturity.Statistics;

/// <summary>Whether a share differs between two groups (an indicator in two waves).</summary>
public static class TwoProportionTest
{
    /// <summary>
    /// The two-sided p-value of the pooled z test of x₁/n₁ against x₂/n₂, which is the chi-square
    /// test of 1 df on the 2×2 table without continuity correction, as R's
    /// <c>prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value</c>. Null where R has none: an n
    /// of 0, or a pooled share of 0 or 1 (nothing varies, so there is nothing to test).
    /// </summary>
    /// <param name="x1">Successes in group 1, 0..n₁.</param>
    /// <param name="n1">Trials in group 1, 0 or more.</param>
    /// <param name="x2">Successes in group 2, 0..n₂.</param>
    /// <param name="n2">Trials in group 2, 0 or more.</param>
    public static double? P(int x1, int n1, int x2, int n2)
    {
        CheckCounts(x1, n1, nameof(x1));
        CheckCounts(x2, n2, nameof(x2));
        if (n1 == 0 || n2 == 0 || x1 + x2 == 0 || x1 + x2 == n1 + n2)
        {
            return null;
        }

        var pooled = (double)(x1 + x2) / (n1 + n2);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        var z = (((double)x1 / n1) - ((double)x2 / n2)) / standardError;

        // 2·Φ(−|z|) rather than 1 − χ²₁(z²): the lower tail keeps its precision for tiny p-values.
        return Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }

    private static void CheckCounts(int x, int n, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n, name);
        if (x < 0 || x > n)
        {
            throw new ArgumentOutOfRangeException(name, x, $"Successes are 0..{n}.");
        }
    }
}
