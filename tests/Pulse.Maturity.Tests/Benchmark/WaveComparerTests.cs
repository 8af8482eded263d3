using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Tests.Benchmark;

/// <summary>
/// Wave 1 against wave 2 of <see cref="BenchmarkWaves"/>, scored with model versions whose ids
/// partly differ. Expected figures were printed by R/benchmark-waves.R (<c>Rscript benchmark-waves.R</c>).
/// </summary>
public sealed class WaveComparerTests
{
    private static readonly WaveComparison Comparison = WaveComparer.Compare(
        BenchmarkWaves.Model1, BenchmarkWaves.Wave1, BenchmarkWaves.Model2, BenchmarkWaves.Wave2);

    [Fact]
    public void An_indicator_in_both_models_is_compared_by_Rs_two_proportion_test()
    {
        // R: prop.test(c(7, 14), c(28, 27), correct = FALSE)$p.value.
        var change = Comparison.Indicators.ShouldHaveSingleItem();
        (change.Id, change.X1, change.N1, change.X2, change.N2).ShouldBe(("ind_a", 7, 28, 14, 27));
        change.P.ShouldMatchR(0.04045038833);
    }

    [Fact]
    public void Scores_in_both_models_are_compared_by_Welchs_t_test_as_R_computes_it()
    {
        // R: mean(a), length(a), mean(b), length(b), t.test(a, b)$p.value.
        (string Id, double Mean1, int N1, double Mean2, int N2, double P)[] expected =
        [
            ("index", 45.90277778, 30, 64.58333333, 28, 0.0001227115686),
            ("usage", 46.50537634, 31, 61.75595238, 28, 0.0003448489246),
            ("goals", 45.96774194, 31, 67.41071429, 28, 0.008366064285),
            ("usefulness", 40.234375, 32, 63.83928571, 28, 0.0006822547932),
            ("ease", 43.359375, 32, 56.25, 28, 0.08456565447),
            ("goal_level", 45.96774194, 31, 67.41071429, 28, 0.008366064285),
        ];

        Comparison.Scores.Select(s => s.Id).ShouldBe(expected.Select(e => e.Id));
        foreach (var (change, r) in Comparison.Scores.Zip(expected))
        {
            (change.N1, change.N2).ShouldBe((r.N1, r.N2), change.Id);
            change.Mean1.ShouldMatchR(r.Mean1);
            change.Mean2.ShouldMatchR(r.Mean2);
            change.P.ShouldMatchR(r.P);
        }
    }

    [Fact]
    public void Ids_in_only_one_model_are_listed_as_not_comparable_never_matched_by_position()
    {
        // colleagues and peer_use sit at the same place in their models, as do ind_b and ind_c.
        Comparison.NotComparable.ShouldBe(["colleagues", "ind_b", "ind_c", "peer_use"]);
        Comparison.Scores.Select(s => s.Id).ShouldNotContain("colleagues");
        Comparison.Indicators.Select(i => i.Id).ShouldNotContain("ind_b");
    }

    [Fact]
    public void A_wave_compared_with_itself_differs_in_nothing()
    {
        var same = WaveComparer.Compare(BenchmarkWaves.Model1, BenchmarkWaves.Wave1, BenchmarkWaves.Model1, BenchmarkWaves.Wave1);
        same.NotComparable.ShouldBeEmpty();
        same.Indicators.ShouldAllBe(i => i.P == 1);
        same.Scores.ShouldAllBe(s => s.P == 1);
    }

    [Fact]
    public void Without_the_data_to_test_a_change_the_p_value_is_null_as_R_has_none()
    {
        // prop.test gives NaN for a pooled share of 0 or 1 and refuses an n of 0.
        TwoProportionTest.P(0, 10, 0, 12).ShouldBeNull();
        TwoProportionTest.P(10, 10, 12, 12).ShouldBeNull();
        TwoProportionTest.P(3, 10, 0, 0).ShouldBeNull();

        // t.test refuses fewer than 2 values in a group, and "data are essentially constant".
        WelchTTest.P([50], [40, 60]).ShouldBeNull();
        WelchTTest.P([50, 50, 50], [50, 50]).ShouldBeNull();
        WelchTTest.P([50, 50, 50], [40, 60]).ShouldNotBeNull();
    }

    [Fact]
    public void A_score_nobody_has_in_a_wave_has_no_mean_there()
    {
        var empty = BenchmarkWaves.Wave2 with { Organisations = [] };
        var comparison = WaveComparer.Compare(BenchmarkWaves.Model1, BenchmarkWaves.Wave1, BenchmarkWaves.Model2, empty);
        comparison.Scores.ShouldAllBe(s => s.Mean2 == null && s.N2 == 0 && s.P == null);
        comparison.Indicators.ShouldAllBe(i => i.N2 == 0 && i.P == null);
    }
}
