using Pulse.Maturity.Model;

namespace Pulse.Maturity.Benchmark;

/// <summary>
/// One indicator over a wave: at <see cref="X"/> of the <see cref="N"/> organisations where it is
/// decided (true or false) it holds; <see cref="Share"/> is x / n (null when n is 0) with a 95 %
/// Wilson score interval without continuity correction (R: <c>prop.test(x, n, correct = FALSE)</c>).
/// </summary>
public sealed record IndicatorShare(string Id, LocalizedText Name, int X, int N, double? Share, double? Lower, double? Upper);
