using MathNet.Numerics.Statistics;
using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Tests.Benchmark;

/// <summary>
/// A wave's benchmark against R. Every expected figure below was printed by R/benchmark-waves.R
/// (<c>Rscript benchmark-waves.R</c>) on the tables of <see cref="BenchmarkWaves"/>.
/// </summary>
public sealed class BenchmarkStatisticsTests
{
    private static readonly WaveBenchmark Benchmark = BenchmarkStatistics.Compute(BenchmarkWaves.Model1, BenchmarkWaves.Wave1);

    [Fact]
    public void Distributions_equal_Rs_mean_and_type_7_quantiles_over_the_organisations_that_have_the_score()
    {
        // R: n, mean, quantile(type = 7) at 0.5, 0.25, 0.75, min, max.
        var expected = new Dictionary<string, Distribution>
        {
            ["index"] = new(30, 45.90277778, 51.04166667, 29.16666667, 61.97916667, 12.5, 72.91666667),
            ["usage"] = new(31, 46.50537634, 50, 35.41666667, 58.33333333, 12.5, 66.66666667),
            ["goals"] = new(31, 45.96774194, 50, 12.5, 75, 0, 100),
            ["usefulness"] = new(32, 40.234375, 37.5, 12.5, 62.5, 0, 100),
            ["ease"] = new(32, 43.359375, 37.5, 25, 62.5, 0, 100),
            ["colleagues"] = new(31, 55.24193548, 50, 37.5, 75, 0, 100),
            ["goal_level"] = new(31, 45.96774194, 50, 12.5, 75, 0, 100),
        };

        Benchmark.Distributions.Keys.ShouldBe(expected.Keys);
        foreach (var (id, r) in expected)
        {
            var distribution = Benchmark.Distributions[id].ShouldNotBeNull();
            distribution.N.ShouldBe(r.N, id);
            distribution.Mean.ShouldMatchR(r.Mean);
            distribution.Median.ShouldMatchR(r.Median);
            distribution.Q1.ShouldMatchR(r.Q1);
            distribution.Q3.ShouldMatchR(r.Q3);
            distribution.Min.ShouldMatchR(r.Min);
            distribution.Max.ShouldMatchR(r.Max);
        }
    }

    [Fact]
    public void Our_type_7_quantile_agrees_with_MathNets_R7_definition_on_the_wave()
    {
        double[] index = [.. BenchmarkWaves.Wave1.Organisations.Select(o => o.Index).OfType<double>()];
        foreach (var p in new[] { 0, 0.1, 0.25, 0.5, 0.75, 0.9, 1 })
        {
            Quantile.Type7(index, p).ShouldBe(index.QuantileCustom(p, QuantileDefinition.R7), 1e-12);
        }
    }

    [Fact]
    public void Percentiles_equal_the_share_strictly_lower_plus_half_the_share_equal_as_R_computes_it()
    {
        // R: 100 * (sum(x < s) + sum(x == s) / 2) / length(x), per score over the organisations
        // that have it; NA (null) where the organisation has no such score.
        string[] ids = ["index", "usage", "goals", "usefulness", "ease", "colleagues", "goal_level"];
        var expected = new Dictionary<string, double?[]>
        {
            ["a01"] = [35, 32.25806452, 35.48387097, 9.375, 84.375, 40.32258065, 35.48387097],
            ["a02"] = [26.66666667, 20.96774194, 35.48387097, 9.375, 12.5, 85.48387097, 35.48387097],
            ["a03"] = [31.66666667, 11.29032258, 43.5483871, 85.9375, 3.125, 4.838709677, 43.5483871],
            ["a04"] = [95, 70.96774194, 87.09677419, 85.9375, 95.3125, 4.838709677, 87.09677419],
            ["a05"] = [68.33333333, 20.96774194, 87.09677419, 45.3125, 3.125, 56.4516129, 87.09677419],
            ["a06"] = [81.66666667, 96.77419355, 61.29032258, 98.4375, 29.6875, 70.96774194, 61.29032258],
            ["a07"] = [16.66666667, 53.22580645, 9.677419355, 64.0625, 64.0625, 40.32258065, 9.677419355],
            ["a08"] = [75, 87.09677419, 61.29032258, 9.375, 95.3125, 85.48387097, 61.29032258],
            ["a09"] = [58.33333333, 20.96774194, 70.96774194, 45.3125, 64.0625, 12.90322581, 70.96774194],
            ["a10"] = [26.66666667, 70.96774194, 9.677419355, 45.3125, 48.4375, 95.16129032, 9.677419355],
            ["a11"] = [11.66666667, 41.93548387, 9.677419355, 75, 29.6875, 40.32258065, 9.677419355],
            ["a12"] = [58.33333333, 70.96774194, 51.61290323, 45.3125, 76.5625, 70.96774194, 51.61290323],
            ["a13"] = [95, 70.96774194, 87.09677419, 85.9375, 29.6875, 70.96774194, 87.09677419],
            ["a14"] = [95, 70.96774194, 87.09677419, 64.0625, 84.375, 40.32258065, 87.09677419],
            ["a15"] = [48.33333333, 53.22580645, 51.61290323, 64.0625, 64.0625, 40.32258065, 51.61290323],
            ["a16"] = [51.66666667, 6.451612903, 87.09677419, 9.375, 29.6875, 17.74193548, 87.09677419],
            ["a17"] = [78.33333333, 59.67741935, 70.96774194, 85.9375, 29.6875, 56.4516129, 70.96774194],
            ["a18"] = [8.333333333, 27.41935484, 9.677419355, 31.25, 48.4375, 40.32258065, 9.677419355],
            ["a19"] = [16.66666667, 53.22580645, 9.677419355, 64.0625, 64.0625, 40.32258065, 9.677419355],
            ["a20"] = [88.33333333, 32.25806452, 98.38709677, 64.0625, 48.4375, 24.19354839, 98.38709677],
            ["a21"] = [45, 87.09677419, 35.48387097, 85.9375, 29.6875, 85.48387097, 35.48387097],
            ["a22"] = [68.33333333, 41.93548387, 70.96774194, 9.375, 48.4375, 95.16129032, 70.96774194],
            ["a23"] = [38.33333333, 96.77419355, 9.677419355, 95.3125, 12.5, 95.16129032, 9.677419355],
            ["a24"] = [41.66666667, 87.09677419, 24.19354839, 23.4375, 95.3125, 70.96774194, 24.19354839],
            ["a25"] = [58.33333333, 70.96774194, 51.61290323, 45.3125, 76.5625, 70.96774194, 51.61290323],
            ["a26"] = [85, 41.93548387, 87.09677419, 45.3125, 76.5625, 24.19354839, 87.09677419],
            ["a27"] = [5, 6.451612903, 24.19354839, 31.25, 12.5, 12.90322581, 24.19354839],
            ["a28"] = [21.66666667, 14.51612903, 35.48387097, 23.4375, 12.5, 56.4516129, 35.48387097],
            ["a29"] = [68.33333333, 41.93548387, 70.96774194, 23.4375, 89.0625, 24.19354839, 70.96774194],
            ["a30"] = [1.666666667, 1.612903226, 24.19354839, 9.375, 48.4375, 4.838709677, 24.19354839],
            ["a31"] = [null, 87.09677419, null, 75, 64.0625, 70.96774194, null],
            ["a32"] = [null, null, 51.61290323, 45.3125, 29.6875, null, 51.61290323],
            ["a33"] = [null, null, null, null, null, null, null],
            ["a34"] = [null, null, null, null, null, null, null],
        };

        Benchmark.Percentiles.Keys.ShouldBe(expected.Keys);
        foreach (var (slug, row) in expected)
        {
            Benchmark.Percentiles[slug].Keys.ShouldBe(ids);
            for (var i = 0; i < ids.Length; i++)
            {
                Benchmark.Percentiles[slug][ids[i]].ShouldMatchR(row[i]);
            }
        }
    }

    [Fact]
    public void The_ranking_equals_Rs_rank_with_ties_min_and_breaks_ties_by_slug_for_display()
    {
        // R: rank(-index, ties.method = "min"), ordered by -index, then slug.
        (int Rank, string Organisation, double Index)[] expected =
        [
            (1, "a04", 72.91666667), (1, "a13", 72.91666667), (1, "a14", 72.91666667), (4, "a20", 70.83333333),
            (5, "a26", 66.66666667), (6, "a06", 64.58333333), (7, "a17", 64.58333333), (8, "a08", 62.5),
            (9, "a05", 60.41666667), (9, "a22", 60.41666667), (9, "a29", 60.41666667), (12, "a09", 54.16666667),
            (12, "a12", 54.16666667), (12, "a25", 54.16666667), (15, "a16", 52.08333333), (16, "a15", 50),
            (17, "a21", 43.75), (18, "a24", 37.5), (19, "a23", 33.33333333), (20, "a01", 33.33333333),
            (21, "a03", 31.25), (22, "a02", 29.16666667), (22, "a10", 29.16666667), (24, "a28", 27.08333333),
            (25, "a07", 25), (25, "a19", 25), (27, "a11", 22.91666667), (28, "a18", 18.75),
            (29, "a27", 14.58333333), (30, "a30", 12.5),
        ];

        Benchmark.Ranking.Select(r => (r.Rank, r.Organisation)).ShouldBe(expected.Select(e => (e.Rank, e.Organisation)));
        foreach (var (ranked, r) in Benchmark.Ranking.Zip(expected))
        {
            ranked.Index.ShouldMatchR(r.Index);
        }
    }

    [Fact]
    public void An_index_apart_from_another_only_by_rounding_noise_ranks_apart_as_in_R()
    {
        // a23 = ((87.5 + 12.5 + 100) / 3 + 0) / 2 and a01 = ((0 + 75 + 50) / 3 + 25) / 2 are both
        // 33⅓, but not the same double: R ranks them 19 and 20, and so does Pulse.
        var a23 = Benchmark.Ranking.Single(r => r.Organisation == "a23");
        var a01 = Benchmark.Ranking.Single(r => r.Organisation == "a01");
        a23.Index.ShouldBe(a01.Index, 1e-12);
        (a23.Rank, a01.Rank).ShouldBe((19, 20));
    }

    [Fact]
    public void Organisations_without_a_community_are_counted_apart_and_incomplete_ones_listed_not_ranked()
    {
        Benchmark.Organisations.ShouldBe(34);
        Benchmark.Scored.ShouldBe(30);
        Benchmark.WithoutCommunity.ShouldBe(1);

        // a31 lacks goal_level, a32 colleagues, a34 is withheld: a community but no index.
        Benchmark.Incomplete.ShouldBe(["a31", "a32", "a34"]);
        Benchmark.Ranking.Select(r => r.Organisation).ShouldNotContain("a31");
        Benchmark.Ranking.Select(r => r.Organisation).ShouldNotContain("a33");
    }

    [Fact]
    public void Indicator_shares_count_every_organisation_that_decides_them_with_Rs_Wilson_interval()
    {
        // R: prop.test(x, n, correct = FALSE)$estimate and $conf.int; x of n over every organisation
        // whose indicator is TRUE or FALSE (incomplete ones too: a31 decides ind_a, a32 ind_b).
        Benchmark.Indicators.Select(i => i.Id).ShouldBe(["ind_a", "ind_b"]);
        Check(Benchmark.Indicators[0], 7, 28, 0.25, 0.1267649492, 0.4335567032);
        Check(Benchmark.Indicators[1], 17, 31, 0.5483870968, 0.3777216764, 0.7083826402);

        static void Check(IndicatorShare share, int x, int n, double estimate, double lower, double upper)
        {
            (share.X, share.N).ShouldBe((x, n));
            share.Share.ShouldMatchR(estimate);
            share.Lower.ShouldMatchR(lower);
            share.Upper.ShouldMatchR(upper);
            share.Name.ShouldBe(BenchmarkWaves.Model1.FindIndicator(share.Id)!.Name);
        }
    }

    [Fact]
    public void A_score_or_indicator_nobody_has_gets_no_distribution_and_no_share()
    {
        // Only the organisation without a community and the withheld one.
        var empty = BenchmarkWaves.Wave1 with { Organisations = [.. BenchmarkWaves.Wave1.Organisations.Where(o => o.Organisation is "a33" or "a34")] };
        var benchmark = BenchmarkStatistics.Compute(BenchmarkWaves.Model1, empty);

        benchmark.Distributions.Values.ShouldAllBe(d => d == null);
        benchmark.Indicators.ShouldAllBe(i => i.N == 0 && i.X == 0 && i.Share == null && i.Lower == null && i.Upper == null);
        benchmark.Ranking.ShouldBeEmpty();
        (benchmark.Organisations, benchmark.Scored, benchmark.WithoutCommunity).ShouldBe((2, 0, 1));
        benchmark.Incomplete.ShouldBe(["a34"]);
    }

    [Fact]
    public void Percentiles_of_sorted_scores_equal_those_of_the_plain_definition()
    {
        double[] scores = [.. BenchmarkWaves.Wave1.Organisations.Select(o => o.Constructs["ease"]).OfType<double>()];
        double[] sorted = [.. scores.Order()];
        foreach (var score in scores.Append(-1).Append(101).Append(44))
        {
            PercentileRank.OfSorted(score, sorted).ShouldBe(PercentileRank.Of(score, scores), 1e-15);
        }
    }
}
