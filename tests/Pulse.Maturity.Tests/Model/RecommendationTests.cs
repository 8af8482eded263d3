using Pulse.Maturity.Model;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Model;

/// <summary>Every construct advises every stage, in both languages: a scorecard never meets a gap.</summary>
public sealed class RecommendationTests
{
    private static readonly MaturityModel V1 = ModelCatalog.Get("v1");

    public static TheoryData<string> V1Constructs() => [.. V1.Constructs.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(V1Constructs))]
    public void Every_v1_construct_has_a_non_empty_dutch_and_english_recommendation_for_each_of_the_five_stages(string constructId)
    {
        var recommendations = V1.FindConstruct(constructId)!.Recommendations;
        recommendations.Keys.ShouldBe([1, 2, 3, 4, 5]);
        foreach (var text in recommendations.Values)
        {
            text.Nl.ShouldNotBeNullOrWhiteSpace();
            text.En.ShouldNotBeNullOrWhiteSpace();
            text.Nl.ShouldNotBe(text.En);
        }
    }

    [Fact]
    public void No_two_recommendations_in_v1_are_the_same_text()
    {
        // 20 constructs x 5 stages: a copied text is a slip, not advice.
        var all = V1.Constructs.SelectMany(c => c.Recommendations.Values).ToList();
        all.Count.ShouldBe(100);
        all.Select(t => t.Nl).Distinct().Count().ShouldBe(100);
        all.Select(t => t.En).Distinct().Count().ShouldBe(100);
    }

    [Fact]
    public void A_construct_built_in_code_without_a_stage_is_refused_naming_construct_and_stage()
    {
        var recommendations = TestModels.Recommendations("c");
        recommendations.Remove(2);
        var error = Should.Throw<ModelValidationException>(() =>
            new Construct("c", TestModels.Text("c"), 1, [TestModels.Likert("a"), TestModels.Likert("b")], recommendations));
        error.Problems.ShouldHaveSingleItem().ShouldContain("construct 'c' has no recommendation for stage 2 (Experimenting)");
    }

    [Fact]
    public void A_construct_built_in_code_with_a_stage_6_is_refused()
    {
        var recommendations = TestModels.Recommendations("c");
        recommendations.Add(6, TestModels.Text("beyond"));
        var error = Should.Throw<ModelValidationException>(() =>
            new Construct("c", TestModels.Text("c"), 1, [TestModels.Likert("a"), TestModels.Likert("b")], recommendations));
        error.Problems.ShouldHaveSingleItem().ShouldContain("construct 'c' has a recommendation for stage 6; stages are 1 to 5");
    }

    [Fact]
    public void Recommendations_are_kept_in_stage_order_whatever_order_they_were_given_in()
    {
        var reversed = TestModels.Recommendations("c").Reverse().ToDictionary();
        var construct = new Construct("c", TestModels.Text("c"), 1, [TestModels.Likert("a"), TestModels.Likert("b")], reversed);
        construct.Recommendations.Keys.ShouldBe([1, 2, 3, 4, 5]);
    }
}
