namespace Pulse.Maturity.Benchmark;

/// <summary>
/// How one score (the index, a precondition or a construct) is spread over the organisations of a
/// wave that have it: n, mean, median, quartiles (R's default <c>quantile</c>, type 7), min and max.
/// </summary>
public sealed record Distribution(int N, double Mean, double Median, double Q1, double Q3, double Min, double Max);
