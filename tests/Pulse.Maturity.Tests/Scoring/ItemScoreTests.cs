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
        }
    }

    [Theory]
    [InlineData(1, 5, 100)]
    [InlineData(2, 5, 75)]
    [InlineData(4, 5, 25)]
    [InlineData(5, 5, 0)]
    [InlineData(1, 7, 100)]
    [InlineData(3, 7, 66.666666666666667)]
    [InlineData(7, 7, 0)]
    public void A_reverse_coded_likert_value_scores_k_minus_v_over_k_minus_1_times_100(int value, int points, double score)
    {
        ItemScore.Likert(value, points, reverse: true).ShouldBe(score, 1e-9);
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

    // maturity-model.md: "single choice: the chosen option's points (0..100, in the model file)";
    // Likert: (v - 1) / (k - 1) x 100, reverse-coded (k - v) / (k - 1) x 100; yes/no: 100 / 0.
    // The points below are literals written from src/Pulse.Maturity/Models/v1.json and from
    // those formulas by hand; none is read back from the model's options.
    [Theory]
    [InlineData("pg_goals", "none", 0)]
    [InlineData("pg_goals", "informal", 20)]
    [InlineData("pg_goals", "documented", 55)]
    [InlineData("pg_goals", "measurable", 100)]
    [InlineData("ms_frequency", "yearly", 45)]
    [InlineData("ms_frequency", "quarterly", 80)]
    [InlineData("mod_who", "one_department", 30)]
    [InlineData("mod_who", "several_departments", 65)]
    [InlineData("mod_who", "formal_roles", 100)]
    [InlineData("role_sponsor", "nominal", 40)]
    [InlineData("need_share", "25to50", 30)]
    [InlineData("need_share", "50to75", 65)]
    [InlineData("need_without", "with_effort", 45)]
    [InlineData("prod_external", "occasionally", 40)]
    [InlineData("management_participation", "some", 50)]
    [InlineData("has_community", "yes", 100)]
    [InlineData("has_community", "no", 0)]
    [InlineData("pe_faster", "1", 0)]
    [InlineData("pe_faster", "4", 75)]
    [InlineData("pe_little_use", "1", 100)]
    [InlineData("pe_little_use", "4", 25)]
    [InlineData("att_noise", "5", 0)]
    public void Options_of_the_v1_model_score_the_points_the_model_file_gives_them(string itemId, string value, double points)
    {
        var item = ModelCatalog.Get("v1").FindItem(itemId).ShouldNotBeNull();
        ItemScore.Of(item, value).ShouldBe(points);
    }

    [Theory]
    [InlineData("gov_instruments", "guidelines;training", 45)]
    [InlineData("gov_instruments", "guidelines;training;onboarding;activation;champions", 100)]
    [InlineData("sys_linked", "sso;business_apps", 40)]
    [InlineData("own_departments", "communication;business;hr", 100)]
    [InlineData("own_departments", "it", 25)]
    public void Multiple_choices_of_the_v1_model_score_the_capped_sum_of_the_model_files_points(string itemId, string values, double points)
    {
        // gov_instruments: guidelines 25 + training 20 = 45; all five 25+20+15+20+20 = 100.
        // sys_linked: sso 10 + business_apps 30 = 40. own_departments: 35+40+30 = 105, capped at 100.
        var item = ModelCatalog.Get("v1").FindItem(itemId).ShouldNotBeNull();
        ItemScore.Of(item, values).ShouldBe(points);
    }
}
