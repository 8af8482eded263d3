using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Tests.Statistics;

public sealed class QuantileTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.25, 3.25)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.75, 7.75)]
    [InlineData(1.0, 10.0)]
    public void The_quartiles_of_1_to_10_are_those_of_Rs_default_quantile(double p, double expected)
    {
        // R: quantile(1:10) gives 1, 3.25, 5.5, 7.75, 10 (type 7).
        double[] values = [7, 3, 10, 1, 5, 2, 9, 4, 8, 6];
        Quantile.Type7(values, p).ShouldBe(expected, 1e-12);
    }

    [Fact]
    public void The_quantile_interpolates_between_order_statistics()
    {
        // h = (4 − 1) · 0.25 = 0.75: 10 + 0.75 · (20 − 10).
        Quantile.Type7([40, 10, 30, 20], 0.25).ShouldBe(17.5);
        Quantile.Type7([42], 0.9).ShouldBe(42);
    }

    [Fact]
    public void The_input_is_not_reordered_and_bad_input_is_refused()
    {
        double[] values = [3, 1, 2];
        Quantile.Type7(values, 0.5).ShouldBe(2);
        values.ShouldBe([3, 1, 2]);
        Should.Throw<ArgumentException>(() => Quantile.Type7([], 0.5));
        Should.Throw<ArgumentOutOfRangeException>(() => Quantile.Type7([1], 1.5));
    }
}
