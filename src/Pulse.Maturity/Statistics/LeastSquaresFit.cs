namespace Pulse.Maturity.Statistics;

/// <summary>
/// An ordinary least squares fit with an intercept, as R's <c>summary(lm(y ~ x1 + … + xk))</c>:
/// per term (the intercept first, then the predictors in order) its estimate, standard error and
/// two-sided p-value from t with <see cref="ResidualDf"/> = n − k − 1 degrees of freedom.
/// </summary>
/// <param name="N">The number of cases.</param>
/// <param name="Estimates">The coefficients, intercept first.</param>
/// <param name="StandardErrors">Their standard errors.</param>
/// <param name="P">Their two-sided p-values.</param>
/// <param name="R2">The multiple R² (1 − RSS / TSS).</param>
/// <param name="ResidualDf">n − k − 1.</param>
public sealed record LeastSquaresFit(int N, IReadOnlyList<double> Estimates, IReadOnlyList<double> StandardErrors, IReadOnlyList<double> P, double R2, int ResidualDf);
