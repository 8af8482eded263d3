using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Benchmark;

/// <summary>What drives participation (maturity-model.md, "Statistics": driver analysis); see <see cref="DriverAnalysis"/>.</summary>
public static class Drivers
{
    /// <summary>The id of the Usage precondition, whose constructs are the drivers (v1 and later).</summary>
    public const string UsagePreconditionId = "usage";

    /// <summary>
    /// Regresses active_share on the Usage construct scores over the scored organisations that have
    /// all of them and an active_share (R: <c>summary(lm(active_share ~ …))</c>), with Pearson's r
    /// of active_share and each construct over the same organisations (R: <c>cor.test</c>).
    /// </summary>
    /// <exception cref="BenchmarkException">
    /// The model has no Usage precondition; fewer than <see cref="DriverAnalysis.MinimumOrganisations"/>
    /// organisations qualify; or the regression is undefined (a Usage score, or active_share, the
    /// same everywhere, or one Usage score a linear combination of the others).
    /// </exception>
    public static DriverAnalysis Analyse(MaturityModel model, WaveScores scores)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scores);
        var usage = model.Preconditions.FirstOrDefault(p => string.Equals(p.Id, UsagePreconditionId, StringComparison.Ordinal))
            ?? throw new BenchmarkException($"Model {model.Version} has no Usage precondition ('{UsagePreconditionId}'), so there are no drivers to analyse.");
        var terms = usage.Constructs.Select(c => c.Id).ToList();

        var predictors = new List<IReadOnlyList<double>>();
        var activeShares = new List<double>();
        foreach (var organisation in scores.Organisations)
        {
            if (organisation.Index is null || organisation.Answers?.Number(FactIds.ActiveShare) is not { } activeShare)
            {
                continue;
            }

            var row = terms.Select(t => organisation.Constructs.GetValueOrDefault(t)).ToList();
            if (row.All(s => s is not null))
            {
                predictors.Add([.. row.Select(s => s!.Value)]);
                activeShares.Add(activeShare);
            }
        }

        if (activeShares.Count < DriverAnalysis.MinimumOrganisations)
        {
            throw new BenchmarkException(
                $"The driver analysis needs at least {DriverAnalysis.MinimumOrganisations} organisations with active_share and every Usage score; this wave has {activeShares.Count}.");
        }

        if (activeShares.Count <= terms.Count + 1)
        {
            throw new BenchmarkException(
                $"The driver analysis of {terms.Count} Usage scores needs more than {terms.Count + 1} organisations; this wave has {activeShares.Count}.");
        }

        var fit = LeastSquares.WithIntercept(predictors, activeShares)
            ?? throw new BenchmarkException(
                $"The driver analysis is undefined for this wave: over its {activeShares.Count} organisations active_share or a Usage score does not vary, or one Usage score follows from the others.");

        string[] names = ["(Intercept)", .. terms];
        var coefficients = names.Select((term, j) => new DriverTerm(term, fit.Estimates[j], fit.StandardErrors[j], fit.P[j])).ToList();
        var correlations = terms.Select((term, j) =>
        {
            // The fit is defined, so neither active_share nor this score is constant and r exists.
            var (r, p) = PearsonCorrelation.Of([.. predictors.Select(row => row[j])], activeShares)!.Value;
            return new DriverCorrelation(term, r, p);
        }).ToList();
        return new DriverAnalysis(activeShares.Count, fit.R2, coefficients, correlations);
    }
}
