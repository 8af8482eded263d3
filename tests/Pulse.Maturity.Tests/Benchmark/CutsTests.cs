using Pulse.Maturity.Benchmark;

namespace Pulse.Maturity.Tests.Benchmark;

public sealed class CutsTests
{
    private static IEnumerable<(string? Group, double Index)> Group(string? name, params double[] values) => values.Select(v => (name, v));

    [Fact]
    public void Groups_of_five_or_more_are_shown_with_mean_and_median()
    {
        var table = Cuts.Of("sector", [.. Group("zorg", 10, 20, 30, 40, 50), .. Group("overheid", 1, 2, 3, 4, 5, 6)]);

        table.Groups.Select(g => (g.Group, g.N, g.Mean, g.Median)).ShouldBe([("overheid", 6, 3.5, 3.5), ("zorg", 5, 30.0, 30.0)]);
        table.HiddenGroups.ShouldBe(0);
    }

    [Fact]
    public void A_small_group_is_not_left_to_subtraction_the_next_smallest_is_hidden_and_both_merge_into_other()
    {
        // onderwijs (2) alone would be total (17) − zorg (5) − overheid (10): hide zorg too, and show
        // the 7 of onderwijs + zorg merged: mean of 1, 2, 10, 20, 30, 40, 50 = 153 / 7.
        var table = Cuts.Of("sector", [.. Group("onderwijs", 1, 2), .. Group("zorg", 10, 20, 30, 40, 50), .. Group("overheid", 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)]);

        table.Groups.Select(g => g.Group).ShouldBe(["overheid", Cut.Other]);
        table.Groups[1].N.ShouldBe(7);
        table.Groups[1].Mean.ShouldBe(153.0 / 7, 1e-12);
        table.Groups[1].IsOther.ShouldBeTrue();
        table.HiddenGroups.ShouldBe(2);
    }

    [Fact]
    public void Organisations_without_a_group_count_in_what_subtraction_would_reveal()
    {
        // 3 without a sector: total − zorg − overheid = 3, so zorg (the smaller) is hidden as well.
        var table = Cuts.Of("sector", [.. Group(null, 1, 2, 3), .. Group("zorg", 10, 20, 30, 40, 50), .. Group("overheid", 5, 5, 5, 5, 5, 5)]);

        table.Groups.Select(g => (g.Group, g.N)).ShouldBe([("overheid", 6), (Cut.Other, 8)]);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(499, "< 500")]
    [InlineData(500, "500–1,999")]
    [InlineData(9999, "2,000–9,999")]
    [InlineData(10000, "≥ 10,000")]
    public void Size_bands(int? employees, string? band)
    {
        Cuts.SizeBand(employees).ShouldBe(band);
    }
}
