using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;

namespace Pulse.Application.Benchmark;

/// <summary>
/// What `pulse benchmark --json` prints and the API returns (issue 8 fixes the shape): the
/// distributions, indicators, ranking, comparison and drivers of a wave, plus the counts, the
/// findings, the cuts and each organisation's percentiles. Scores are not rounded.
/// </summary>
public sealed record BenchmarkDocument(
    string Wave,
    string Model,
    int Organisations,
    int Scored,
    int WithoutCommunity,
    IReadOnlyList<string> Incomplete,
    IReadOnlyDictionary<string, DistributionDocument?> Distribution,
    IReadOnlyList<IndicatorDocument> Indicators,
    IReadOnlyList<RankDocument> Ranking,
    ComparisonDocument? Comparison,
    DriversDocument? Drivers,
    string? DriversRefused,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CutTable> Cuts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> Percentiles)
{
    public static BenchmarkDocument From(BenchmarkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var b = view.Benchmark;
        return new BenchmarkDocument(
            view.Wave.Code,
            view.Model.Version,
            b.Organisations,
            b.Scored,
            b.WithoutCommunity,
            b.Incomplete,
            b.Distributions.ToDictionary(d => d.Key, d => d.Value is { } x ? new DistributionDocument(x.N, x.Mean, x.Median, x.Q1, x.Q3, x.Min, x.Max) : null),
            [.. b.Indicators.Select(i => new IndicatorDocument(i.Id, i.Name, i.X, i.N, i.Share, i.Lower is { } lo && i.Upper is { } hi ? [lo, hi] : null))],
            [.. b.Ranking.Select(r => new RankDocument(r.Rank, r.Organisation, view.PublishedNames.GetValueOrDefault(r.Organisation), r.Index))],
            view.Comparison is { } c && view.CompareWave is { } w
                ? new ComparisonDocument(
                    w.Code,
                    [.. c.Indicators.Select(i => new IndicatorChangeDocument(i.Id, i.X1, i.N1, i.X2, i.N2, i.P))],
                    [.. c.Scores.Select(s => new ScoreChangeDocument(s.Id, s.Mean1, s.N1, s.Mean2, s.N2, s.P))],
                    c.NotComparable)
                : null,
            view.Drivers is { } d
                ? new DriversDocument(
                    d.N,
                    d.R2,
                    [.. d.Coefficients.Select(t => new CoefficientDocument(t.Term, t.Estimate, t.StandardError, t.P))],
                    [.. d.Correlations.Select(r => new CorrelationDocument(r.Term, r.R, r.P))])
                : null,
            view.DriversRefused,
            view.Findings,
            view.Cuts,
            b.Percentiles);
    }
}

/// <summary>How a score is spread over the organisations of a wave: n, mean, median, quartiles (R type 7), minimum and maximum.</summary>
public sealed record DistributionDocument(int N, double Mean, double Median, double Q1, double Q3, double Min, double Max);

/// <summary>A yes/no indicator of the model over a wave: how many of the n organisations meet it, the share and its 95 % interval.</summary>
/// <param name="Ci95">The 95 % Wilson interval [lower, upper]; null when n is 0.</param>
public sealed record IndicatorDocument(string Id, LocalizedText Name, int X, int N, double? Share, double[]? Ci95);

/// <summary>One place in the ranking by maturity index (tied indices share a rank).</summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="Published">How published results may name it (its name only with recorded consent).</param>
public sealed record RankDocument(int Rank, string Organisation, LocalizedText? Published, double Index);

/// <summary>The benchmarked wave against an earlier one: indicator shares (two-proportion test) and mean scores (Welch's t-test).</summary>
/// <param name="Wave">The wave compared with: the "2" of every pair; "1" is the benchmarked wave.</param>
public sealed record ComparisonDocument(string Wave, IReadOnlyList<IndicatorChangeDocument> Indicators, IReadOnlyList<ScoreChangeDocument> Scores, IReadOnlyList<string> NotComparable);

/// <summary>One indicator in both waves: x of n in the benchmarked wave (1) and in the earlier one (2), and the two-proportion test's p.</summary>
public sealed record IndicatorChangeDocument(string Id, int X1, int N1, int X2, int N2, double? P);

/// <summary>One score in both waves: mean and n in the benchmarked wave (1) and in the earlier one (2), and Welch's t-test's p.</summary>
public sealed record ScoreChangeDocument(string Id, double? Mean1, int N1, double? Mean2, int N2, double? P);

/// <summary>What drives the share of active members (active_share): an ordinary least squares regression over the organisations, with its n and R².</summary>
public sealed record DriversDocument(int N, double R2, IReadOnlyList<CoefficientDocument> Coefficients, IReadOnlyList<CorrelationDocument> Correlations);

/// <summary>One term of the drivers' regression: estimate, standard error and p.</summary>
public sealed record CoefficientDocument(string Term, double Estimate, double Se, double P);

/// <summary>The Pearson correlation of one term with active_share, and its p.</summary>
public sealed record CorrelationDocument(string Term, double R, double P);
