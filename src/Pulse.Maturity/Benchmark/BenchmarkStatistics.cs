using MathNet.Numerics.Statistics;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Benchmark;

/// <summary>The benchmark of one wave (maturity-model.md, "Statistics"); see <see cref="WaveBenchmark"/>.</summary>
public static class BenchmarkStatistics
{
    /// <summary>
    /// Distributions, indicator shares, counts, ranking and percentiles of a wave's scores. The
    /// scores are taken as given: apply <see cref="RespondentAnonymity"/> first when the benchmark
    /// is to be published, and withheld organisations are then listed as incomplete.
    /// </summary>
    public static WaveBenchmark Compute(MaturityModel model, WaveScores scores)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(scores);
        var organisations = scores.Organisations;
        var scoreIds = ScoreIds.Of(model).ToList();

        var distributions = new Dictionary<string, Distribution?>(StringComparer.Ordinal);
        var sortedScores = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var id in scoreIds)
        {
            var values = ScoreIds.Values(scores, id);
            Array.Sort(values);
            sortedScores[id] = values;
            distributions[id] = values.Length == 0 ? null : DistributionOf(values);
        }

        var percentiles = new Dictionary<string, IReadOnlyDictionary<string, double?>>(StringComparer.Ordinal);
        foreach (var organisation in organisations)
        {
            var own = new Dictionary<string, double?>(StringComparer.Ordinal);
            foreach (var id in scoreIds)
            {
                own[id] = ScoreIds.ScoreOf(organisation, id) is { } score ? 100 * PercentileRank.OfSorted(score, sortedScores[id]) : null;
            }

            percentiles[organisation.Organisation] = own;
        }

        return new WaveBenchmark(
            Organisations: organisations.Count,
            Scored: organisations.Count(o => o.Index is not null),
            WithoutCommunity: organisations.Count(o => !o.HasCommunity),
            Incomplete: [.. organisations.Where(o => o.HasCommunity && o.Index is null).Select(o => o.Organisation).Order(StringComparer.Ordinal)],
            Distributions: distributions,
            Indicators: [.. model.Indicators.Select(i => ShareOf(i, scores))],
            Ranking: Rank(organisations),
            Percentiles: percentiles);
    }

    private static Distribution DistributionOf(double[] sorted) => new(
        N: sorted.Length,
        Mean: ArrayStatistics.Mean(sorted),
        Median: Quantile.Type7Sorted(sorted, 0.5),
        Q1: Quantile.Type7Sorted(sorted, 0.25),
        Q3: Quantile.Type7Sorted(sorted, 0.75),
        Min: sorted[0],
        Max: sorted[^1]);

    private static IndicatorShare ShareOf(Indicator indicator, WaveScores scores)
    {
        var (x, n) = ScoreIds.Count(scores, indicator.Id);
        if (n == 0)
        {
            return new IndicatorShare(indicator.Id, indicator.Name, 0, 0, null, null, null);
        }

        var interval = Proportion.Wilson(x, n);
        return new IndicatorShare(indicator.Id, indicator.Name, x, n, interval.Estimate, interval.Lower, interval.Upper);
    }

    // Competition ranking (R: rank(-index, ties.method = "min")): a tie shares the better rank and
    // the next rank skips as many places as were shared. Ties are exact equality of the unrounded
    // index, as in R and as in the percentiles.
    private static List<RankedOrganisation> Rank(IReadOnlyList<OrganisationScore> organisations)
    {
        var ordered = organisations
            .Where(o => o.Index is not null)
            .Select(o => (o.Organisation, Index: o.Index!.Value))
            .OrderByDescending(o => o.Index)
            .ThenBy(o => o.Organisation, StringComparer.Ordinal)
            .ToList();
        var ranking = new List<RankedOrganisation>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Index.Equals(ordered[i - 1].Index) ? ranking[i - 1].Rank : i + 1;
            ranking.Add(new RankedOrganisation(rank, ordered[i].Organisation, ordered[i].Index));
        }

        return ranking;
    }
}
