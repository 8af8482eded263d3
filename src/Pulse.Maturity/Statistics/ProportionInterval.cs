namespace Pulse.Maturity.Statistics;

/// <summary>A proportion x / n with a confidence interval.</summary>
/// <param name="Successes">x: organisations for which the indicator holds.</param>
/// <param name="Trials">n: organisations for which the indicator is known.</param>
/// <param name="Estimate">x / n.</param>
/// <param name="Lower">Lower bound, 0..1.</param>
/// <param name="Upper">Upper bound, 0..1.</param>
public sealed record ProportionInterval(int Successes, int Trials, double Estimate, double Lower, double Upper);
