using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Pulse.Maturity.Statistics;

/// <summary>Pearson's product-moment correlation with its test, as R's <c>cor.test(x, y)</c>.</summary>
public static class PearsonCorrelation
{
    /// <summary>
    /// r, and the two-sided p-value of t = r√((n − 2)/(1 − r²)) with n − 2 degrees of freedom. Null
    /// when undefined: fewer than 3 pairs, or x or y constant.
    /// </summary>
    public static (double R, double P)? Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"There are {x.Count} x values for {y.Count} y values.", nameof(y));
        }

        var n = x.Count;
        if (n < 3)
        {
            return null;
        }

        var r = Correlation.Pearson(x, y);
        if (double.IsNaN(r))
        {
            return null;
        }

        var df = n - 2;
        if (Math.Abs(r) >= 1)
        {
            return (Math.Sign(r), 0);
        }

        var t = r * Math.Sqrt(df / (1 - (r * r)));
        return (r, Math.Min(1, 2 * StudentT.CDF(0, 1, df, -Math.Abs(t))));
    }
}
