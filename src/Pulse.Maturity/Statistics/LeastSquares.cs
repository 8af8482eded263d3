using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Pulse.Maturity.Statistics;

/// <summary>Ordinary least squares with an intercept, by QR decomposition as R's <c>lm</c> does it.</summary>
public static class LeastSquares
{
    // R's lm declares a column collinear when its QR pivot falls below 1e-7 of its size.
    private const double CollinearityTolerance = 1e-7;

    /// <summary>
    /// Fits y = b₀ + b₁x₁ + … + bₖxₖ over n cases (see <see cref="LeastSquaresFit"/>). Null when the
    /// fit is undefined: no more cases than coefficients (no residual degrees of freedom), a
    /// predictor constant or a linear combination of the others (R would give NA), or y constant
    /// (R² is 0/0).
    /// </summary>
    /// <param name="predictors">One row of k predictor values per case; every row the same length.</param>
    /// <param name="response">One y per case.</param>
    public static LeastSquaresFit? WithIntercept(IReadOnlyList<IReadOnlyList<double>> predictors, IReadOnlyList<double> response)
    {
        ArgumentNullException.ThrowIfNull(predictors);
        ArgumentNullException.ThrowIfNull(response);
        var n = response.Count;
        if (predictors.Count != n)
        {
            throw new ArgumentException($"There are {predictors.Count} rows of predictors for {n} responses.", nameof(predictors));
        }

        var k = n == 0 ? 0 : predictors[0].Count;
        if (predictors.Any(row => row.Count != k))
        {
            throw new ArgumentException("Every row of predictors needs the same number of values.", nameof(predictors));
        }

        var columns = k + 1;
        var residualDf = n - columns;
        if (residualDf < 1)
        {
            return null;
        }

        var x = Matrix<double>.Build.Dense(n, columns, (i, j) => j == 0 ? 1 : predictors[i][j - 1]);
        var y = Vector<double>.Build.DenseOfEnumerable(response);
        var qr = x.QR(QRMethod.Thin);
        var r = qr.R;
        for (var j = 0; j < columns; j++)
        {
            if (Math.Abs(r[j, j]) <= CollinearityTolerance * x.Column(j).L2Norm())
            {
                return null;
            }
        }

        var estimates = qr.Solve(y);
        var residuals = y - (x * estimates);
        var rss = residuals.DotProduct(residuals);
        var mean = y.Average();
        var tss = response.Sum(v => (v - mean) * (v - mean));
        if (tss == 0)
        {
            return null;
        }

        // Cov(b) = σ²(XᵀX)⁻¹ = σ²R⁻¹R⁻ᵀ: the squared row norms of R⁻¹ are the diagonal, with no XᵀX to lose precision in.
        var sigma2 = rss / residualDf;
        var rInverse = r.Inverse();
        var standardErrors = new double[columns];
        var p = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            var row = rInverse.Row(j);
            standardErrors[j] = Math.Sqrt(sigma2 * row.DotProduct(row));
            var t = estimates[j] / standardErrors[j];
            p[j] = Math.Min(1, 2 * StudentT.CDF(0, 1, residualDf, -Math.Abs(t)));
        }

        return new LeastSquaresFit(n, [.. estimates], standardErrors, p, 1 - (rss / tss), residualDf);
    }
}
