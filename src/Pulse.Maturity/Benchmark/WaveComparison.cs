namespace Pulse.Maturity.Benchmark;

/// <summary>
/// One indicator in two waves: wave 1 is the wave being reported, wave 2 the one it is compared with.
/// <see cref="P"/> is the two-proportion test's p-value (R: <c>prop.test(c(x1, x2), c(n1, n2), correct = FALSE)</c>);
/// null when it cannot be computed (an n of 0, or both shares 0 or both 1).
/// </summary>
public sealed record IndicatorChange(string Id, int X1, int N1, int X2, int N2, double? P);

/// <summary>
/// One score in two waves: means and n per wave and Welch's t-test p-value (R: <c>t.test(a, b)</c>);
/// null where a wave has fewer than 2 values or both have no variance.
/// </summary>
public sealed record ScoreChange(string Id, double? Mean1, int N1, double? Mean2, int N2, double? P);

/// <summary>
/// Two waves side by side. Only indicators and scores (index, preconditions, constructs) whose id
/// exists in both models are compared; ids that exist in only one are listed in
/// <see cref="NotComparable"/>, never matched by name or position.
/// </summary>
public sealed record WaveComparison(IReadOnlyList<IndicatorChange> Indicators, IReadOnlyList<ScoreChange> Scores, IReadOnlyList<string> NotComparable);
