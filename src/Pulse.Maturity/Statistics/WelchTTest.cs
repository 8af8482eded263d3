using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Pulse.Maturity.Statistics;

/// <summary>Whether a mean differs between two groups with possibly unequal variances (a score in two waves).</summary>
public static class WelchTTest
{
    // R's .Machine$double.eps (2⁻⁵²); .NET's double.Epsilon is the smallest subnormal, not this.
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// The two-sided p-value of Welch's t-test, as R's <c>t.test(a, b)$p.value</c>: t = (x̄ₐ − x̄ᵦ) / √(sₐ²/nₐ + sᵦ²/nᵦ)
    /// with the Welch–Satterthwaite degrees of freedom. Null where R refuses: a group with fewer
    /// than 2 values, or both groups (essentially) constant.
    /// </summary>
    public static double? P(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count < 2 || b.Count < 2)
        {
            return null;
        }

        var (meanA, varianceA) = a.MeanVariance();
        var (meanB, varianceB) = b.MeanVariance();
        var shareA = varianceA / a.Count;
        var shareB = varianceB / b.Count;
        var standardError = Math.Sqrt(shareA + shareB);

        // R's own test for "data are essentially constant": rounding noise is not a variance.
        if (standardError == 0 || standardError < 10 * MachineEpsilon * Math.Max(Math.Abs(meanA), Math.Abs(meanB)))
        {
            return null;
        }

        var t = (meanA - meanB) / standardError;
        var df = (shareA + shareB) * (shareA + shareB)
            / ((shareA * shareA / (a.Count - 1)) + (shareB * shareB / (b.Count - 1)));
        return Math.Min(1, 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)));
    }
}
