namespace Pulse.Maturity.Benchmark;

/// <summary>One term of the driver regression: "(Intercept)" or a Usage construct id (R: a row of <c>summary(lm(...))$coefficients</c>).</summary>
public sealed record DriverTerm(string Term, double Estimate, double StandardError, double P);

/// <summary>Pearson's r of <c>active_share</c> with one Usage construct, with its two-sided p-value (R: <c>cor.test</c>).</summary>
public sealed record DriverCorrelation(string Term, double R, double P);

/// <summary>
/// What drives participation: ordinary least squares of <c>active_share</c> (the organisation's
/// combined answer) on the Usage construct scores, over the scored organisations that have all of
/// them and an active_share (R: <c>lm(active_share ~ …)</c>), plus Pearson's r per construct.
/// </summary>
public sealed record DriverAnalysis(int N, double R2, IReadOnlyList<DriverTerm> Coefficients, IReadOnlyList<DriverCorrelation> Correlations)
{
    /// <summary>Below this many organisations the regression is refused: too few for its standard errors to mean anything.</summary>
    public const int MinimumOrganisations = 25;
}
