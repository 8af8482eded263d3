namespace Pulse.Maturity.Tests.Benchmark;

/// <summary>Comparison with figures R printed to 10 significant digits (see R/benchmark-waves.R).</summary>
internal static class RFigures
{
    /// <summary>
    /// Equal to R's printed figure up to its rounding and the last bits of a different but exact
    /// algorithm: 1e-7 relative, 1e-9 absolute (so a p-value of 7.5e-06 is checked to its digits too).
    /// </summary>
    public static void ShouldMatchR(this double actual, double expected)
    {
        var tolerance = 1e-9 + (1e-7 * Math.Abs(expected));
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(tolerance, $"R says {expected:R}, Pulse computed {actual:R}");
    }

    public static void ShouldMatchR(this double? actual, double? expected)
    {
        if (expected is null)
        {
            actual.ShouldBeNull();
            return;
        }

        actual.ShouldNotBeNull();
        actual.Value.ShouldMatchR(expected.Value);
    }
}
