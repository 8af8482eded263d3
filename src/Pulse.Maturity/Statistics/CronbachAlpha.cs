namespace Pulse.Maturity.Statistics;

/// <summary>
/// Cronbach's alpha of k items over complete cases, accumulated one case at a time:
/// α = k / (k − 1) · (1 − Σ σ²ᵢ / σ²ₜ) with sample variances (n − 1) of each item and of the
/// case totals. Undefined (null) with fewer than 2 items, fewer than 3 cases, or a total variance
/// of 0. Sums are kept relative to the first case so that 100,000 cases of scores 0–100 lose no
/// precision.
/// </summary>
public sealed class CronbachAlpha
{
    private readonly double[] _shift;
    private readonly double[] _sum;
    private readonly double[] _sumOfSquares;
    private double _totalSum;
    private double _totalSumOfSquares;

    /// <param name="items">k, the number of items; at least 1.</param>
    public CronbachAlpha(int items)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 1);
        _shift = new double[items];
        _sum = new double[items];
        _sumOfSquares = new double[items];
    }

    /// <summary>The number of items k.</summary>
    public int Items => _sum.Length;

    /// <summary>The number of cases added.</summary>
    public int Cases { get; private set; }

    /// <summary>Alpha, or null when undefined (k &lt; 2, n &lt; 3, or no total variance).</summary>
    public double? Value
    {
        get
        {
            var k = Items;
            var n = Cases;
            if (k < 2 || n < 3)
            {
                return null;
            }

            var itemVariances = 0.0;
            for (var i = 0; i < k; i++)
            {
                itemVariances += Variance(_sum[i], _sumOfSquares[i], n);
            }

            var totalVariance = Variance(_totalSum, _totalSumOfSquares, n);

            // Constant totals make alpha 0/0; anything this small is rounding noise of a zero.
            if (totalVariance <= 1e-9)
            {
                return null;
            }

            return k / (k - 1.0) * (1 - (itemVariances / totalVariance));
        }
    }

    /// <summary>Alpha of complete cases (each a row of k item scores); null when undefined.</summary>
    public static double? Of(IEnumerable<IReadOnlyList<double>> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        CronbachAlpha? alpha = null;
        foreach (var row in cases)
        {
            alpha ??= new CronbachAlpha(row.Count);
            alpha.Add(row is double[] array ? array : [.. row]);
        }

        return alpha?.Value;
    }

    /// <summary>Adds one complete case: k item scores, none missing.</summary>
    public void Add(ReadOnlySpan<double> scores)
    {
        if (scores.Length != Items)
        {
            throw new ArgumentException($"A case has {scores.Length} scores; this alpha has {Items} items.", nameof(scores));
        }

        if (Cases == 0)
        {
            scores.CopyTo(_shift);
        }

        var total = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var x = scores[i] - _shift[i];
            _sum[i] += x;
            _sumOfSquares[i] += x * x;
            total += x;
        }

        _totalSum += total;
        _totalSumOfSquares += total * total;
        Cases++;
    }

    private static double Variance(double sum, double sumOfSquares, int n) =>
        Math.Max(0, (sumOfSquares - (sum * sum / n)) / (n - 1));
}
