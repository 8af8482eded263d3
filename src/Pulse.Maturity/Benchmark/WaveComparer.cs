using MathNet.Numerics.Statistics;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Benchmark;

/// <summary>Two waves side by side (maturity-model.md, "Statistics": wave comparison); see <see cref="WaveComparison"/>.</summary>
public static class WaveComparer
{
    /// <summary>
    /// Compares wave 1 (the one reported) with wave 2: every indicator whose id is in both models
    /// by the two-proportion test, and the index and every precondition and construct whose id is
    /// in both models by Welch's t-test, in wave 1's model order. An id matches only the same kind
    /// (indicator, precondition, construct); ids in only one model, or of another kind in the other,
    /// are listed as not comparable (ordinal order), never matched by name or position.
    /// </summary>
    public static WaveComparison Compare(MaturityModel model1, WaveScores scores1, MaturityModel model2, WaveScores scores2)
    {
        ArgumentNullException.ThrowIfNull(model1);
        ArgumentNullException.ThrowIfNull(scores1);
        ArgumentNullException.ThrowIfNull(model2);
        ArgumentNullException.ThrowIfNull(scores2);

        var indicators1 = model1.Indicators.Select(i => i.Id).ToList();
        var indicators2 = model2.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var preconditions1 = model1.Preconditions.Select(p => p.Id).ToList();
        var preconditions2 = model2.Preconditions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var constructs1 = model1.Constructs.Select(c => c.Id).ToList();
        var constructs2 = model2.Constructs.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var indicators = indicators1.Where(indicators2.Contains).Select(id => IndicatorChangeOf(id, scores1, scores2)).ToList();
        var scoreIds = new List<string> { WaveBenchmark.IndexId };
        scoreIds.AddRange(preconditions1.Where(preconditions2.Contains));
        scoreIds.AddRange(constructs1.Where(constructs2.Contains));
        var scores = scoreIds.Select(id => ScoreChangeOf(id, scores1, scores2)).ToList();

        var notComparable = new SortedSet<string>(StringComparer.Ordinal);
        AddOnlyInOne(notComparable, indicators1, indicators2);
        AddOnlyInOne(notComparable, preconditions1, preconditions2);
        AddOnlyInOne(notComparable, constructs1, constructs2);
        return new WaveComparison(indicators, scores, [.. notComparable]);
    }

    private static IndicatorChange IndicatorChangeOf(string id, WaveScores scores1, WaveScores scores2)
    {
        var (x1, n1) = ScoreIds.Count(scores1, id);
        var (x2, n2) = ScoreIds.Count(scores2, id);
        return new IndicatorChange(id, x1, n1, x2, n2, TwoProportionTest.P(x1, n1, x2, n2));
    }

    private static ScoreChange ScoreChangeOf(string id, WaveScores scores1, WaveScores scores2)
    {
        var values1 = ScoreIds.Values(scores1, id);
        var values2 = ScoreIds.Values(scores2, id);
        return new ScoreChange(id, MeanOrNull(values1), values1.Length, MeanOrNull(values2), values2.Length, WelchTTest.P(values1, values2));
    }

    private static double? MeanOrNull(double[] values) => values.Length == 0 ? null : ArrayStatistics.Mean(values);

    private static void AddOnlyInOne(SortedSet<string> notComparable, List<string> ids1, HashSet<string> ids2)
    {
        var first = ids1.ToHashSet(StringComparer.Ordinal);
        notComparable.UnionWith(first.Except(ids2));
        notComparable.UnionWith(ids2.Except(first));
    }
}
