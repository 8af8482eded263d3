namespace Pulse.Demo.Bench;

/// <summary>The benchmarks' percentile: nearest rank, so that p95 of 30 timings is one that was measured.</summary>
internal static class Percentiles
{
    /// <param name="sorted">Timings in ascending order.</param>
    public static double Of(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
