using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Answers;

/// <summary>How several respondents' answers combine into the organisation's answer that indicators read.</summary>
public sealed class OrganisationAnswersTests
{
    private static readonly MaturityModel Model = TestModels.Build(
        [TestModels.Precondition("p", TestModels.Construct("c",
            TestModels.Likert("agree", reverse: true),
            TestModels.Choice("level", ("none", 0), ("low", 30), ("high", 100)),
            TestModels.Multi("tools", ("wiki", 40), ("chat", 40), ("intranet", 20))))]);

    [Fact]
    public void Numbers_are_averaged_over_the_respondents_who_answered()
    {
        var answers = Combine(
            [(FactIds.ActiveShare, "40"), ("agree", "2")],
            [(FactIds.ActiveShare, "61"), ("agree", "5")],
            [(FactIds.ActiveShare, null)]);
        answers.Number(FactIds.ActiveShare).ShouldBe(50.5);

        // The raw Likert value, before reverse coding: indicators compare with what people answered.
        answers.Number("agree").ShouldBe(3.5);
        answers.Respondents.ShouldBe(3);
    }

    [Fact]
    public void A_single_choice_is_the_most_frequent_option()
    {
        Combine([("level", "high")], [("level", "low")], [("level", "high")]).Value("level").ShouldBe("high");
    }

    [Fact]
    public void A_tied_single_choice_goes_to_the_earliest_option_in_model_order()
    {
        Combine([("level", "high")], [("level", "low")]).Value("level").ShouldBe("low");
    }

    [Fact]
    public void Yes_or_no_is_the_majority_and_a_tie_is_missing()
    {
        Combine([(FactIds.TargetAll, "yes")], [(FactIds.TargetAll, "no")], [(FactIds.TargetAll, "yes")]).Value(FactIds.TargetAll).ShouldBe("yes");
        Combine([(FactIds.TargetAll, "yes")], [(FactIds.TargetAll, "no")]).Value(FactIds.TargetAll).ShouldBeNull();
    }

    [Fact]
    public void A_multiple_choice_holds_the_options_chosen_by_at_least_half()
    {
        var answers = Combine([("tools", "wiki;chat")], [("tools", "wiki")], [("tools", "intranet")], [("tools", "wiki;chat")]);
        answers.Chosen("tools").ShouldBe(["wiki", "chat"]);
        answers.Value("tools").ShouldBe("wiki;chat");
    }

    [Fact]
    public void A_multiple_choice_where_no_option_reaches_half_is_answered_but_empty()
    {
        var answers = Combine([("tools", "wiki")], [("tools", "chat")], [("tools", "intranet")]);
        answers.Chosen("tools").ShouldBeEmpty();
        answers.Value("tools").ShouldBe(string.Empty);
    }

    [Fact]
    public void An_item_nobody_answered_is_missing()
    {
        var answers = Combine([("agree", "dk")], [("agree", null)]);
        answers.Number("agree").ShouldBeNull();
        answers.Value("level").ShouldBeNull();
        answers.Chosen("tools").ShouldBeNull();
    }

    [Fact]
    public void One_respondents_answers_are_the_organisations_answers()
    {
        var answers = Combine([("agree", "4"), ("level", "low"), ("tools", "chat"), (FactIds.TargetAll, "no")]);
        answers.Value("agree").ShouldBe("4");
        answers.Value("level").ShouldBe("low");
        answers.Value("tools").ShouldBe("chat");
        answers.Value(FactIds.TargetAll).ShouldBe("no");
    }

    [Fact]
    public void Asking_for_an_unknown_item_is_an_error()
    {
        Should.Throw<ArgumentException>(() => Combine([("agree", "4")]).Value("nope"));
    }

    private static OrganisationAnswers Combine(params (string ItemId, string? Value)[][] respondents) =>
        OrganisationAnswers.Combine(Model, respondents.Select((answers, i) => TestModels.Respond(Model, "org", $"r{i}", answers)));
}
