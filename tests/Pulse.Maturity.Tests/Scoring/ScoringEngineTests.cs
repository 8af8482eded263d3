using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Scoring;

/// <summary>The aggregation rules of maturity-model.md, each at its boundary.</summary>
public sealed class ScoringEngineTests
{
    private static readonly MaturityModel V1 = ModelCatalog.Get("v1");

    [Fact]
    public void All_best_answers_score_100_and_stage_5_for_any_number_of_respondents()
    {
        var random = new Random(20260301);
        for (var round = 0; round < 20; round++)
        {
            var responses = Organisations(random, org => TestModels.RespondAll(V1, org.Slug, org.Respondent, TestModels.Best));
            var wave = new ScoringEngine(V1).Score(responses);
            foreach (var organisation in wave.Organisations)
            {
                organisation.Index.ShouldBe(100);
                organisation.Stage!.Number.ShouldBe(5);
                organisation.Preconditions.Values.ShouldAllBe(p => p == 100);
                organisation.Constructs.Values.ShouldAllBe(c => c == 100);
            }
        }
    }

    [Fact]
    public void All_worst_answers_score_0_and_stage_1_for_any_number_of_respondents()
    {
        var random = new Random(20260302);
        for (var round = 0; round < 20; round++)
        {
            var responses = Organisations(random, org => TestModels.RespondAll(V1, org.Slug, org.Respondent,
                item => item.Id == FactIds.HasCommunity ? "yes" : TestModels.Worst(item)));
            var wave = new ScoringEngine(V1).Score(responses);
            foreach (var organisation in wave.Organisations)
            {
                organisation.Complete.ShouldBeTrue();
                organisation.Index.ShouldBe(0);
                organisation.Stage!.Number.ShouldBe(1);
                organisation.Constructs.Values.ShouldAllBe(c => c == 0);
            }
        }
    }

    [Theory]
    [InlineData(2, 1, true)]
    [InlineData(2, 0, false)]
    [InlineData(3, 2, true)]
    [InlineData(3, 1, false)]
    [InlineData(4, 2, true)]
    [InlineData(4, 1, false)]
    [InlineData(5, 3, true)]
    [InlineData(5, 2, false)]
    public void A_construct_needs_at_least_half_its_items_rounded_up(int items, int answered, bool scored)
    {
        var model = TestModels.OneConstruct([.. Enumerable.Range(1, items).Select(i => TestModels.Likert($"i{i}"))]);
        var answers = Enumerable.Range(1, answered).Select(i => ($"i{i}", (string?)(i % 2 == 0 ? "5" : "3"))).ToArray();

        var construct = Score(model, TestModels.Respond(model, "acme", "1", answers)).Constructs["c"];

        if (scored)
        {
            var expected = Enumerable.Range(1, answered).Average(i => i % 2 == 0 ? 100.0 : 50.0);
            construct.ShouldBe(expected);
        }
        else
        {
            construct.ShouldBeNull();
        }
    }

    [Theory]
    [InlineData("heavy", 100.0)]
    [InlineData("light1,light2", 50.0)]
    [InlineData("light1,heavy", 200.0 / 3)]
    [InlineData("light1", null)]
    public void A_precondition_needs_its_present_constructs_to_carry_at_least_half_its_weight(string present, double? expected)
    {
        // Weights 1 + 1 + 2: half of the total is 2.
        var model = TestModels.Build([TestModels.Precondition("p",
            TestModels.Construct("light1", 1, TestModels.Likert("a1"), TestModels.Likert("a2")),
            TestModels.Construct("light2", 1, TestModels.Likert("b1"), TestModels.Likert("b2")),
            TestModels.Construct("heavy", 2, TestModels.Likert("c1"), TestModels.Likert("c2")))]);
        // One of two items answered is enough for a construct; light1 scores 0, the others 100.
        var answerOf = new Dictionary<string, (string ItemId, string? Value)> { ["light1"] = ("a1", "1"), ["light2"] = ("b1", "5"), ["heavy"] = ("c1", "5") };
        var answers = present.Split(',').Select(c => answerOf[c]).ToArray();

        var score = Score(model, TestModels.Respond(model, "acme", "1", answers)).Preconditions["p"];

        if (expected is null)
        {
            score.ShouldBeNull();
        }
        else
        {
            score!.Value.ShouldBe(expected.Value, 1e-9);
        }
    }

    [Fact]
    public void The_index_is_the_mean_of_the_preconditions_and_missing_when_one_is_missing()
    {
        var model = FourPreconditions();
        var complete = Score(model, TestModels.Respond(model, "acme", "1", ("p1a", "5"), ("p2a", "4"), ("p3a", "3"), ("p4a", "2")));
        complete.Index.ShouldBe((100 + 75 + 50 + 25) / 4.0);
        complete.Complete.ShouldBeTrue();

        var incomplete = Score(model, TestModels.Respond(model, "acme", "1", ("p1a", "5"), ("p2a", "4"), ("p3a", "3")));
        incomplete.Preconditions["p4"].ShouldBeNull();
        incomplete.Index.ShouldBeNull();
        incomplete.Stage.ShouldBeNull();
        incomplete.Complete.ShouldBeFalse();
    }

    [Theory]
    [InlineData("5", "5", "5", "1", 2)]
    [InlineData("5", "5", "5", "2", 3)]
    [InlineData("5", "5", "4", "3", 4)]
    [InlineData("5", "5", "5", "4", 5)]
    public void The_stage_is_at_most_one_above_the_stage_of_the_weakest_precondition(string p1, string p2, string p3, string p4, int stage)
    {
        var model = FourPreconditions();
        var score = Score(model, TestModels.Respond(model, "acme", "1", ("p1a", p1), ("p2a", p2), ("p3a", p3), ("p4a", p4)));
        score.Stage!.Number.ShouldBe(stage);
    }

    [Fact]
    public void A_weak_precondition_holds_back_an_index_that_alone_would_be_stage_4()
    {
        var model = FourPreconditions();
        var score = Score(model, TestModels.Respond(model, "acme", "1", ("p1a", "5"), ("p2a", "5"), ("p3a", "5"), ("p4a", "1")));
        score.Index.ShouldBe(75);
        Stage.ForScore(75).Number.ShouldBe(4);
        score.Stage!.Number.ShouldBe(2);
    }

    [Fact]
    public void Several_respondents_are_averaged_per_item_before_the_construct_is_taken()
    {
        var model = TestModels.OneConstruct(TestModels.Likert("a"), TestModels.Likert("b"));
        var score = Score(model,
            TestModels.Respond(model, "acme", "r1", ("a", "5")),
            TestModels.Respond(model, "acme", "r2", ("a", "1"), ("b", "3")));

        // Items first: a = (100 + 0) / 2, b = 50; the construct is their mean. Averaging the
        // respondents' construct scores instead would give (100 + 25) / 2.
        score.Items["a"].ShouldBe(50);
        score.Items["b"].ShouldBe(50);
        score.Constructs["c"].ShouldBe(50);
        score.Respondents.ShouldBe(2);
    }

    [Fact]
    public void An_organisation_whose_respondents_mostly_have_no_community_is_counted_but_not_scored()
    {
        var model = TestModels.OneConstruct(TestModels.Likert("a"), TestModels.Likert("b"));
        var wave = new ScoringEngine(model).Score(
        [
            TestModels.Respond(model, "none-here", "1", (FactIds.HasCommunity, "no"), ("a", "5"), ("b", "5")),
            TestModels.Respond(model, "mostly-not", "1", (FactIds.HasCommunity, "no"), ("a", "5"), ("b", "5")),
            TestModels.Respond(model, "mostly-not", "2", (FactIds.HasCommunity, "nee"), ("a", "5"), ("b", "5")),
            TestModels.Respond(model, "mostly-not", "3", (FactIds.HasCommunity, "yes"), ("a", "5"), ("b", "5")),
            TestModels.Respond(model, "split", "1", (FactIds.HasCommunity, "no"), ("a", "5"), ("b", "5")),
            TestModels.Respond(model, "split", "2", (FactIds.HasCommunity, "yes"), ("a", "5"), ("b", "5")),
        ]);

        foreach (var slug in new[] { "none-here", "mostly-not" })
        {
            var organisation = wave.Organisations.Single(o => o.Organisation == slug);
            organisation.HasCommunity.ShouldBeFalse();
            organisation.Complete.ShouldBeFalse();
            organisation.Index.ShouldBeNull();
            organisation.Stage.ShouldBeNull();
            organisation.Constructs.Values.ShouldAllBe(v => v == null);
            organisation.Items.Values.ShouldAllBe(v => v == null);
            organisation.Indicators.Values.ShouldAllBe(v => v == null);
        }

        wave.Organisations.Single(o => o.Organisation == "mostly-not").Respondents.ShouldBe(3);
        var split = wave.Organisations.Single(o => o.Organisation == "split");
        split.HasCommunity.ShouldBeTrue();
        split.Constructs["c"].ShouldBe(100);
    }

    [Fact]
    public void Alpha_matches_a_hand_computed_example_with_listwise_deletion_over_respondents_of_organisations_with_a_community()
    {
        var model = TestModels.OneConstruct(TestModels.Likert("a"), TestModels.Likert("b"), TestModels.Likert("z"));

        // Item scores (0, 25, 50), (25, 25, 50), (50, 75, 75), (100, 75, 100): item variances
        // 5468.75/3, 2500/3, 1718.75/3; totals 75, 100, 200, 275 with variance 25625/3;
        // alpha = 3/2 * (1 - 9687.5/25625) = 0.932926829...
        Response[] cases =
        [
            TestModels.Respond(model, "acme", "1", ("a", "1"), ("b", "2"), ("z", "3")),
            TestModels.Respond(model, "acme", "2", ("a", "2"), ("b", "2"), ("z", "3")),
            TestModels.Respond(model, "beta", "1", ("a", "3"), ("b", "4"), ("z", "4")),
            TestModels.Respond(model, "beta", "2", ("a", "5"), ("b", "4"), ("z", "5")),
        ];
        Response[] excluded =
        [
            TestModels.Respond(model, "acme", "3", ("a", "1"), ("b", "5")),
            TestModels.Respond(model, "gamma", "1", (FactIds.HasCommunity, "no"), ("a", "5"), ("b", "1"), ("z", "1")),
        ];

        var wave = new ScoringEngine(model).Score([.. cases, .. excluded]);

        wave.Reliability["c"]!.Value.ShouldBe(23906.25 / 25625, 1e-12);
        wave.ReliabilityCases["c"].ShouldBe(4);
    }

    [Fact]
    public void Alpha_is_missing_with_fewer_than_3_complete_cases_or_no_variance()
    {
        var model = TestModels.OneConstruct(TestModels.Likert("a"), TestModels.Likert("b"));
        new ScoringEngine(model).Score(
        [
            TestModels.Respond(model, "acme", "1", ("a", "1"), ("b", "2")),
            TestModels.Respond(model, "beta", "1", ("a", "5"), ("b", "4")),
            TestModels.Respond(model, "gamma", "1", ("a", "5")),
        ]).Reliability["c"].ShouldBeNull();
        new ScoringEngine(model).Score(
        [
            TestModels.Respond(model, "acme", "1", ("a", "3"), ("b", "3")),
            TestModels.Respond(model, "beta", "1", ("a", "3"), ("b", "3")),
            TestModels.Respond(model, "gamma", "1", ("a", "3"), ("b", "3")),
        ]).Reliability["c"].ShouldBeNull();
    }

    [Fact]
    public void Indicators_read_the_organisations_combined_answers()
    {
        var wave = new ScoringEngine(V1).Score(
        [
            TestModels.Respond(V1, "acme", "1", (FactIds.ActiveShare, "40"), ("mod_who", "one_department"), (FactIds.TargetAll, "yes")),
            TestModels.Respond(V1, "acme", "2", (FactIds.ActiveShare, "70"), ("mod_who", "one_department"), (FactIds.TargetAll, "yes")),
        ]);
        var indicators = wave.Organisations.Single().Indicators;
        indicators["majority_active"].ShouldBe(true);
        indicators["moderation_single_department"].ShouldBe(true);
        indicators["target_is_everyone"].ShouldBe(true);
        indicators["everyone_and_majority_active"].ShouldBe(true);
        indicators["management_participates"].ShouldBeNull();
        wave.Organisations.Single().Answers!.Number(FactIds.ActiveShare).ShouldBe(55);
    }

    [Fact]
    public void Every_dictionary_holds_every_id_of_the_model_in_model_order()
    {
        var organisation = new ScoringEngine(V1).Score([TestModels.Respond(V1, "acme", "1")]).Organisations.Single();
        organisation.Preconditions.Keys.ShouldBe(V1.Preconditions.Select(p => p.Id));
        organisation.Constructs.Keys.ShouldBe(V1.Constructs.Select(c => c.Id));
        organisation.Items.Keys.ShouldBe(V1.AllItems.Select(i => i.Id));
        organisation.Indicators.Keys.ShouldBe(V1.Indicators.Select(i => i.Id));
        organisation.Constructs.Values.ShouldAllBe(v => v == null);
        organisation.Complete.ShouldBeFalse();
    }

    [Fact]
    public void Organisations_come_out_ordered_by_slug_and_the_order_of_responses_does_not_matter()
    {
        var random = new Random(7);
        var responses = Organisations(random, org => TestModels.RespondAll(V1, org.Slug, org.Respondent, item => RandomAnswer(random, item)));
        var engine = new ScoringEngine(V1);
        var first = engine.Score(responses);
        var shuffled = engine.Score(responses.OrderBy(_ => random.Next()).ToList());

        first.Organisations.Select(o => o.Organisation).ShouldBe(first.Organisations.Select(o => o.Organisation).Order(StringComparer.Ordinal));
        for (var i = 0; i < first.Organisations.Count; i++)
        {
            shuffled.Organisations[i].Organisation.ShouldBe(first.Organisations[i].Organisation);
            Same(shuffled.Organisations[i].Index, first.Organisations[i].Index);
            foreach (var (id, score) in first.Organisations[i].Constructs)
            {
                Same(shuffled.Organisations[i].Constructs[id], score);
            }
        }
    }

    [Fact]
    public void A_response_with_an_invalid_answer_or_the_wrong_number_of_values_is_refused()
    {
        var engine = new ScoringEngine(V1);
        Should.Throw<ArgumentException>(() => engine.Score([TestModels.Respond(V1, "acme", "r7", ("pe_faster", "9"))]))
            .Message.ShouldContain("respondent 'r7' of organisation 'acme'");
        Should.Throw<ArgumentException>(() => engine.Score([new Response("acme", "1", ["4"])]))
            .Message.ShouldContain("has 1 values; model v1 has 57 items");
    }

    /// <summary>Equal up to the rounding that summing respondents in another order can cause.</summary>
    private static void Same(double? actual, double? expected)
    {
        actual.HasValue.ShouldBe(expected.HasValue);
        if (expected is { } value)
        {
            actual!.Value.ShouldBe(value, 1e-9);
        }
    }

    private static OrganisationScore Score(MaturityModel model, params Response[] responses) =>
        new ScoringEngine(model).Score(responses).Organisations.Single();

    /// <summary>Four preconditions of one construct each (two Likert items, "pNa" and "pNb"), weights 1.</summary>
    private static MaturityModel FourPreconditions() => TestModels.Build(Enumerable.Range(1, 4).Select(p =>
        TestModels.Precondition($"p{p}", TestModels.Construct($"c{p}", TestModels.Likert($"p{p}a"), TestModels.Likert($"p{p}b")))));

    /// <summary>Between 1 and 40 organisations, each with 1 to 6 respondents.</summary>
    private static List<Response> Organisations(Random random, Func<(string Slug, string Respondent), Response> respond)
    {
        var responses = new List<Response>();
        for (var o = random.Next(1, 41); o > 0; o--)
        {
            for (var r = random.Next(1, 7); r > 0; r--)
            {
                responses.Add(respond(($"org-{o}", $"r{r}")));
            }
        }

        return responses;
    }

    private static string? RandomAnswer(Random random, Item item) => random.Next(5) == 0 ? null : item.Scale switch
    {
        Scale.Percent => random.Next(0, 101).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Scale.Multi => item.Options[random.Next(item.Options.Count)].Value,
        _ => item.Id == FactIds.HasCommunity ? "yes" : item.Options[random.Next(item.Options.Count)].Value,
    };
}
