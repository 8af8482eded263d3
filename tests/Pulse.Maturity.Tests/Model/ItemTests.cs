using Pulse.Maturity.Model;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Model;

/// <summary>Invariants checked when a model is built in code rather than read from a file.</summary>
public sealed class ItemTests
{
    [Fact]
    public void A_likert_item_built_from_the_standard_options_is_valid_and_scores_its_options()
    {
        var item = TestModels.Likert("x", reverse: true, scale: Scale.Likert7);
        item.Options.Select(o => o.Value).ShouldBe(["1", "2", "3", "4", "5", "6", "7"]);
        item.Options[0].Points.ShouldBe(100);
        item.Options[6].Points.ShouldBe(0);
    }

    [Fact]
    public void A_choice_item_with_one_option_is_refused()
    {
        var error = Should.Throw<ModelValidationException>(() => TestModels.Choice("x", ("only", 100)));
        error.Problems.ShouldContain(p => p.Contains("has only one option"));
    }

    [Fact]
    public void A_percentage_item_with_options_is_refused()
    {
        Should.Throw<ModelValidationException>(() =>
            new Item("x", TestModels.Text("x"), null, Scale.Percent, false, [new ItemOption("a", 0, TestModels.Text("a"))]));
    }

    [Fact]
    public void An_option_value_that_reads_as_dont_know_is_refused()
    {
        var error = Should.Throw<ModelValidationException>(() => new ItemOption("dk", 0, TestModels.Text("dk")));
        error.Problems.ShouldContain(p => p.Contains("would be read as \"don't know\""));
    }

    [Fact]
    public void A_construct_needs_two_to_five_items_and_a_positive_weight()
    {
        var items = Enumerable.Range(1, 6).Select(i => TestModels.Likert($"i{i}")).ToArray();
        Should.Throw<ModelValidationException>(() => TestModels.Construct("c", items[..1]));
        Should.Throw<ModelValidationException>(() => TestModels.Construct("c", items));
        Should.Throw<ModelValidationException>(() => TestModels.Construct("c", 0, items[..2]));
        TestModels.Construct("c", items[..5]).MinimumAnswered.ShouldBe(3);
        TestModels.Construct("c", items[..4]).MinimumAnswered.ShouldBe(2);
    }

    [Fact]
    public void A_model_refuses_a_duplicate_id_and_missing_facts_together()
    {
        var error = Should.Throw<ModelValidationException>(() => new MaturityModel(
            "bad",
            [TestModels.Precondition("p", TestModels.Construct("c", TestModels.Likert("x"), TestModels.Likert("x")))],
            [TestModels.YesNo(FactIds.HasCommunity)],
            []));
        error.Problems.ShouldContain(p => p.Contains("id 'x' is used more than once"));
        error.Problems.ShouldContain(p => p.Contains("fact 'active_share'"));
    }
}
