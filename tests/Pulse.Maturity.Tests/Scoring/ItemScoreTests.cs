using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Scoring;

/// <summary>Item scores per scale, as the table in maturity-model.md gives them.</summary>
public sealed class ItemScoreTests
{
    [Theory]
    [InlineData(1, 5, 0)]
    [InlineData(2, 5, 25)]
    [InlineData(3, 5, 50)]
    [InlineData(5, 5, 100)]
    [InlineData(1, 7, 0)]
    [InlineData(4, 7, 50)]
    [InlineData(7, 7, 100)]
    public void A_likert_value_scores_v_minus_1_over_k_minus_1_times_100(int value, int points, double score)
    {
        ItemScore.Likert(value, points, reverse: false).ShouldBe(score);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void Reverse_coding_mirrors_the_scale(int k)
    {
        for (var v = 1; v <= k; v++)
        {
            var straight = ItemScore.Likert(v, k, reverse: false);
            var reversed = ItemScore.Likert(v, k, reverse: true);
            (straight + reversed).ShouldBe(100, 1e-9, $"v = {v}");
            reversed.ShouldBe(ItemScore.Likert(k + 1 - v, k, reverse: false), 1e-12);
        }
    }

    [Fact]
    public void A_likert_value_outside_the_scale_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ItemScore.Likert(6, 5, false));
        Should.Throw<ArgumentOutOfRangeException>(() => ItemScore.Likert(0, 5, false));
    }

    [Fact]
    public void Yes_is_100_and_no_is_0()
    {
        ItemScore.YesNo(true).ShouldBe(100);
        ItemScore.YesNo(false).ShouldBe(0);
        ItemScore.Of(TestModels.YesNo("x"), "ja").ShouldBe(100);
        ItemScore.Of(TestModels.YesNo("x"), "nee").ShouldBe(0);
    }

    [Fact]
    public void A_percentage_is_its_own_score_and_never_clamped()
    {
        ItemScore.Of(TestModels.Percent("x"), "62,5%").ShouldBe(62.5);
        Should.Throw<ArgumentOutOfRangeException>(() => ItemScore.Percent(140));
        Should.Throw<ArgumentException>(() => ItemScore.Of(TestModels.Percent("x"), "140"));
    }

    [Fact]
    public void A_single_choice_scores_its_options_points()
    {
        var item = TestModels.Choice("x", ("none", 0), ("one", 30), ("all", 100));
        ItemScore.Of(item, "one").ShouldBe(30);
    }

    [Fact]
    public void A_multiple_choice_scores_the_sum_of_its_options_capped_at_100()
    {
        var item = TestModels.Multi("x", ("a", 30), ("b", 30), ("c", 50), ("none", 0));
        ItemScore.Of(item, "a;b").ShouldBe(60);
        ItemScore.Of(item, "a;b;c").ShouldBe(100);
        ItemScore.Of(item, "none").ShouldBe(0);
        ItemScore.Multi([item.Options[2], item.Options[0]]).ShouldBe(80);
    }

    [Fact]
    public void Dont_know_and_blank_have_no_score()
    {
        ItemScore.Of(TestModels.Likert("x"), "dk").ShouldBeNull();
        ItemScore.Of(TestModels.Likert("x"), " ").ShouldBeNull();
        ItemScore.Of(TestModels.Likert("x"), null).ShouldBeNull();
    }

    [Fact]
    public void Every_option_of_the_v1_model_scores_its_listed_points()
    {
        foreach (var item in ModelCatalog.Get("v1").AllItems.Where(i => i.Scale != Scale.Multi))
        {
            foreach (var option in item.Options)
            {
                ItemScore.Of(item, option.Value).ShouldBe(option.Points, $"{item.Id} {option.Value}");
            }
        }
    }
}
