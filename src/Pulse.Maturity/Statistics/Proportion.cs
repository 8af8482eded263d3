namespace Pulse.Maturity.Statistics;

/// <summary>Confidence intervals for a share of organisations (an indicator's x of n).</summary>
public static class Proportion
{
    /// <summary>The standard normal quantile of 0.975, R's <c>qnorm(0.975)</c>: a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The Wilson score interval without continuity correction, as R's
    /// <c>prop.test(x, n, correct = FALSE)$conf.int</c>: centre (p + z²/2n) / (1 + z²/n), half-width
    /// z·√(p(1 − p)/n + z²/4n²) / (1 + z²/n); like R, the bound is exactly 0 when x = 0 and exactly 1
    /// when x = n.
    /// </summary>
    /// <param name="x">Successes, 0..n.</param>
    /// <param name="n">Trials, at least 1 (an indicator nobody answered has no interval).</param>
    /// <param name="z">The normal quantile; the default gives 95 %.</param>
    public static ProportionInterval Wilson(int x, int n, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (x < 0 || x > n)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"Successes are 0..{n}.");
        }

        if (!double.IsFinite(z) || z <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z is a positive number.");
        }

        var p = (double)x / n;
        var z22n = z * z / (2.0 * n);
        var spread = z * Math.Sqrt((p * (1 - p) / n) + (z22n / (2.0 * n)));
        var lower = x == 0 ? 0 : (p + z22n - spread) / (1 + (2 * z22n));
        var upper = x == n ? 1 : (p + z22n + spread) / (1 + (2 * z22n));
        return new ProportionInterval(x, n, p, lower, upper);
    }
}
