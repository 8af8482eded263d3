using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Tests.Statistics;

public sealed class CronbachAlphaTests
{
    private static readonly double[][] Cases = [[0, 25, 50], [25, 25, 50], [50, 75, 75], [100, 75, 100]];

    [Fact]
    public void Alpha_matches_the_hand_computed_example()
    {
        // Item variances 5468.75/3, 2500/3, 1718.75/3; total variance 25625/3;
        // alpha = 3/2 · (1 − 9687.5/25625) = 23906.25/25625.
        CronbachAlpha.Of(Cases)!.Value.ShouldBe(23906.25 / 25625, 1e-12);
    }

    [Fact]
    public void Adding_a_constant_to_every_score_does_not_change_alpha()
    {
        var shifted = Cases.Select(c => c.Select(x => x + 1e6).ToArray());
        CronbachAlpha.Of(shifted)!.Value.ShouldBe(23906.25 / 25625, 1e-9);
    }

    [Fact]
    public void Alpha_is_undefined_for_one_item_fewer_than_three_cases_or_constant_totals()
    {
        CronbachAlpha.Of(Cases.Select(c => new[] { c[0] })).ShouldBeNull();
        CronbachAlpha.Of(Cases.Take(2)).ShouldBeNull();
        CronbachAlpha.Of([[10.0, 90], [50, 50], [90, 10]]).ShouldBeNull();
        CronbachAlpha.Of([]).ShouldBeNull();
    }

    [Fact]
    public void Items_that_disagree_give_a_negative_alpha()
    {
        CronbachAlpha.Of([[0.0, 100, 50], [100, 0, 50], [50, 50, 0], [50, 50, 100]])!.Value.ShouldBeLessThan(0);
    }

    [Fact]
    public void A_case_of_the_wrong_length_is_refused()
    {
        var alpha = new CronbachAlpha(3);
        Should.Throw<ArgumentException>(() => alpha.Add([1.0, 2.0]));
    }
}
