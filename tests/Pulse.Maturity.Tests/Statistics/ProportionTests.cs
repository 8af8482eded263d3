using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Tests.Statistics;

public sealed class ProportionTests
{
    [Fact]
    public void The_Wilson_interval_of_8_out_of_20_matches_the_hand_computation()
    {
        // p = 0.4, z²/2n = 3.841459/40 = 0.096036, half-width z·√(0.24/20 + 0.096036/40) = 0.235203,
        // divided by 1 + 2·0.096036: (0.218807, 0.613418). R: prop.test(8, 20, correct = FALSE)$conf.int.
        var interval = Proportion.Wilson(8, 20);
        interval.Estimate.ShouldBe(0.4);
        interval.Lower.ShouldBe(0.2188065, 1e-6);
        interval.Upper.ShouldBe(0.6134185, 1e-6);
    }

    [Fact]
    public void With_no_successes_the_lower_bound_is_0_and_the_upper_is_z_squared_over_n_plus_z_squared()
    {
        // z = qnorm(0.975) = 1.959963984540054, z² = 3.841458820694124: 3.841458820694124 / 13.841458820694124.
        var interval = Proportion.Wilson(0, 10);
        interval.Lower.ShouldBe(0);
        interval.Upper.ShouldBe(0.27753279986288, 1e-12);
        Proportion.Wilson(10, 10).Upper.ShouldBe(1);
    }

    [Fact]
    public void The_interval_is_symmetric_between_x_and_n_minus_x()
    {
        for (var x = 0; x <= 15; x++)
        {
            var interval = Proportion.Wilson(x, 15);
            var mirror = Proportion.Wilson(15 - x, 15);
            interval.Lower.ShouldBe(1 - mirror.Upper, 1e-12);
            interval.Lower.ShouldBeLessThanOrEqualTo(interval.Estimate);
            interval.Upper.ShouldBeGreaterThanOrEqualTo(interval.Estimate);
        }
    }

    [Fact]
    public void Impossible_counts_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Proportion.Wilson(0, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => Proportion.Wilson(5, 4));
        Should.Throw<ArgumentOutOfRangeException>(() => Proportion.Wilson(-1, 4));
    }
}
