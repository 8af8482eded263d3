using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Model;

/// <summary>Indicator rules over one organisation's answers, with "unknown" when answers are missing.</summary>
public sealed class IndicatorRuleTests
{
    private static readonly MaturityModel Model = TestModels.Build(
        [TestModels.Precondition("p", TestModels.Construct("c",
            TestModels.Likert("l1"),
            TestModels.Choice("level", ("none", 0), ("low", 30), ("high", 100)),
            TestModels.Multi("tools", ("wiki", 40), ("chat", 40), ("none", 0))))]);

    [Theory]
    [InlineData(ComparisonOperator.Gt, "50", "62.5", true)]
    [InlineData(ComparisonOperator.Gt, "50", "50", false)]
    [InlineData(ComparisonOperator.Ge, "50", "50", true)]
    [InlineData(ComparisonOperator.Lt, "50", "49.9", true)]
    [InlineData(ComparisonOperator.Le, "50", "50.1", false)]
    [InlineData(ComparisonOperator.Eq, "50", "50", true)]
    [InlineData(ComparisonOperator.Ne, "50", "50", false)]
    public void Numbers_compare_as_numbers(ComparisonOperator op, string constant, string answer, bool expected)
    {
        var rule = new ItemComparison(FactIds.ActiveShare, op, [constant]);
        rule.Evaluate(Answers((FactIds.ActiveShare, answer))).ShouldBe(expected);
    }

    [Fact]
    public void A_missing_answer_leaves_a_comparison_unknown()
    {
        new ItemComparison(FactIds.ActiveShare, ComparisonOperator.Gt, ["50"]).Evaluate(Answers()).ShouldBeNull();
        new ItemComparison(FactIds.TargetAll, ComparisonOperator.Ne, ["yes"]).Evaluate(Answers()).ShouldBeNull();
        new ItemComparison("tools", ComparisonOperator.Contains, ["wiki"]).Evaluate(Answers()).ShouldBeNull();
    }

    [Theory]
    [InlineData(ComparisonOperator.Eq, "low", true)]
    [InlineData(ComparisonOperator.Ge, "low", true)]
    [InlineData(ComparisonOperator.Gt, "low", false)]
    [InlineData(ComparisonOperator.Lt, "high", true)]
    [InlineData(ComparisonOperator.Le, "none", false)]
    public void Single_choices_compare_by_their_position_in_the_option_order(ComparisonOperator op, string constant, bool expected)
    {
        new ItemComparison("level", op, [constant]).Evaluate(Answers(("level", "low"))).ShouldBe(expected);
    }

    [Fact]
    public void In_holds_for_any_of_its_values()
    {
        var rule = new ItemComparison("level", ComparisonOperator.In, ["low", "high"]);
        rule.Evaluate(Answers(("level", "high"))).ShouldBe(true);
        rule.Evaluate(Answers(("level", "none"))).ShouldBe(false);
    }

    [Fact]
    public void Contains_asks_whether_a_multiple_choice_answer_includes_an_option()
    {
        var rule = new ItemComparison("tools", ComparisonOperator.Contains, ["chat"]);
        rule.Evaluate(Answers(("tools", "wiki;chat"))).ShouldBe(true);
        rule.Evaluate(Answers(("tools", "wiki"))).ShouldBe(false);
    }

    [Fact]
    public void Combinators_use_three_valued_logic()
    {
        var yes = new ItemComparison(FactIds.TargetAll, ComparisonOperator.Eq, ["yes"]);
        var majority = new ItemComparison(FactIds.ActiveShare, ComparisonOperator.Gt, ["50"]);
        var unknownShare = Answers((FactIds.TargetAll, "yes"));
        var notForAll = Answers((FactIds.TargetAll, "no"));

        new AllRule([yes, majority]).Evaluate(unknownShare).ShouldBeNull();
        new AllRule([yes, majority]).Evaluate(notForAll).ShouldBe(false);
        new AnyRule([yes, majority]).Evaluate(unknownShare).ShouldBe(true);
        new AnyRule([yes, majority]).Evaluate(notForAll).ShouldBeNull();
        new NotRule(yes).Evaluate(notForAll).ShouldBe(true);
        new NotRule(majority).Evaluate(notForAll).ShouldBeNull();
        new AllRule([yes, majority]).ItemIds.ShouldBe([FactIds.TargetAll, FactIds.ActiveShare]);
    }

    [Fact]
    public void A_comparison_needs_one_value_except_in_which_needs_at_least_one()
    {
        Should.Throw<ModelValidationException>(() => new ItemComparison("level", ComparisonOperator.Eq, ["low", "high"]));
        Should.Throw<ModelValidationException>(() => new ItemComparison("level", ComparisonOperator.In, []));
        Should.Throw<ModelValidationException>(() => new AllRule([]));
    }

    [Fact]
    public void A_model_refuses_an_indicator_that_does_not_fit_its_items()
    {
        var error = Should.Throw<ModelValidationException>(() => TestModels.Build(
            [TestModels.Precondition("p", TestModels.Construct("c", TestModels.Likert("l1"), TestModels.Likert("l2")))],
            [new Indicator("bad", TestModels.Text("bad"), new ItemComparison("l1", ComparisonOperator.Contains, ["1"]))]));
        error.Problems.ShouldContain(p => p.Contains("indicator 'bad' uses 'contains' on likert5 item 'l1'"));
    }

    private static OrganisationAnswers Answers(params (string ItemId, string? Value)[] answers) =>
        OrganisationAnswers.Combine(Model, [TestModels.Respond(Model, "org", "1", answers)]);
}
