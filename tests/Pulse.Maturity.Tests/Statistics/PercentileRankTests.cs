using Pulse.Maturity.Statistics;

namespace Pulse.Maturity.Tests.Statistics;

public sealed class PercentileRankTests
{
    [Theory]
    [InlineData(10, 0.125)]
    [InlineData(20, 0.5)]
    [InlineData(30, 0.875)]
    [InlineData(25, 0.75)]
    public void The_percentile_is_the_share_strictly_lower_plus_half_the_share_equal(double score, double expected)
    {
        // Of 10, 20, 20, 30: for 20, one lower and two equal: (1 + 2/2) / 4.
        PercentileRank.Of(score, [10, 20, 20, 30]).ShouldBe(expected);
    }

    [Fact]
    public void Equal_scores_all_stand_in_the_middle()
    {
        PercentileRank.Of(50, [50, 50, 50, 50, 50]).ShouldBe(0.5);
        Should.Throw<ArgumentException>(() => PercentileRank.Of(1, []));
    }
}
