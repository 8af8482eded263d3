using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Maturity.Tests.Support;

namespace Pulse.Maturity.Tests.Benchmark;

/// <summary>
/// The scorecard's advice over a wave built by hand: every expectation below is worked out from
/// the scores written in the test, not from anything the advice code computes.
/// </summary>
public sealed class AdviceTests
{
    // Model: "reach" (constructs a, b) and "embed" (constructs d, e, f); four indicators over facts.
    // guidelines and sponsor carry an advice phrasing, measured too; described has none.
    private static readonly MaturityModel Model = TestModels.Build(
        [
            TestModels.Precondition("reach", TestModels.Construct("a", Likerts("a")), TestModels.Construct("b", Likerts("b"))),
            TestModels.Precondition(
                "embed",
                TestModels.Construct("d", Likerts("d")),
                TestModels.Construct("e", Likerts("e")),
                TestModels.Construct("f", Likerts("f"))),
        ],
        [
            Indicator("guidelines", "have usage guidelines", "heeft gebruiksrichtlijnen"),
            Indicator("sponsor", "have an active sponsor", "heeft een actieve sponsor"),
            Indicator("measured", "measure outcomes", "meet resultaten"),
            new Indicator("described", TestModels.Text("described"), Rule()),
        ]);

    [Fact]
    public void The_weakest_precondition_comes_first_then_the_recommendations_of_its_two_weakest_constructs_at_the_organisations_stage()
    {
        // ours: reach 45, embed 30 -> embed is weakest; within it d 40, e 20, f 25 -> e, then f; stage 2.
        var advice = Advice.For(Model, Wave(), "ours");
        var recommendations = advice.Where(l => l.Kind == AdviceLine.Recommendation).ToList();
        recommendations.Count.ShouldBe(3);
        recommendations[0].ConstructId.ShouldBeNull();
        recommendations[0].Text.En.ShouldBe("Your weakest precondition is embed: that is where most is to be gained.");
        recommendations[0].Text.Nl.ShouldBe("Uw zwakste voorwaarde is embed (nl): daar is de meeste winst te halen.");
        recommendations.Skip(1).Select(l => l.ConstructId).ShouldBe(["e", "f"]);
        recommendations[1].Text.En.ShouldBe("e at stage 2");
        recommendations[2].Text.En.ShouldBe("f at stage 2");
        advice.Take(3).ShouldBe(recommendations);
    }

    [Fact]
    public void A_peer_line_gives_the_share_of_the_organisations_one_stage_higher_for_which_the_indicator_holds()
    {
        // Stage-3 peers p1..p6: guidelines true, true, true, true, false, null -> decided 5, true 4: 80 %.
        var line = Advice.For(Model, Wave(), "ours").Single(l => l.IndicatorId == "guidelines");
        line.Kind.ShouldBe(AdviceLine.Peers);
        line.PeerShare.ShouldBe(0.8);
        line.PeerCount.ShouldBe(5);
        line.ConstructId.ShouldBeNull();
        line.Text.En.ShouldBe("80 % of the organisations one stage higher have usage guidelines; you don't (yet).");
        line.Text.Nl.ShouldBe("80 % van de organisaties één fase hoger heeft gebruiksrichtlijnen; u (nog) niet.");
    }

    [Fact]
    public void An_indicator_undecided_for_the_organisation_says_so_instead_of_claiming_it_does_not_hold()
    {
        // measured: ours null; peers true, true, true, false, false, false -> 3 of 6 = 50 %, exactly the minimum.
        var line = Advice.For(Model, Wave(), "ours").Single(l => l.IndicatorId == "measured");
        line.PeerShare.ShouldBe(0.5);
        line.PeerCount.ShouldBe(6);
        line.Text.En.ShouldBe("50 % of the organisations one stage higher measure outcomes; whether you do is not known.");
        line.Text.Nl.ShouldBe("50 % van de organisaties één fase hoger meet resultaten; of dat bij u zo is, is niet bekend.");
    }

    [Fact]
    public void No_peer_line_below_half_for_what_the_organisation_already_does_or_for_an_indicator_without_advice()
    {
        // sponsor: 2 of 6 peers (33 %); described: ours false, all peers true, but no advice phrasing.
        var peers = Advice.For(Model, Wave(), "ours").Where(l => l.Kind == AdviceLine.Peers).Select(l => l.IndicatorId);
        peers.ShouldBe(["guidelines", "measured"]);
        var allTrue = Wave(ours: new() { ["guidelines"] = true, ["sponsor"] = false, ["measured"] = true, ["described"] = false });
        Advice.For(Model, allTrue, "ours").Where(l => l.Kind == AdviceLine.Peers).ShouldBeEmpty();
    }

    [Fact]
    public void Peer_lines_are_ordered_by_share_highest_first()
    {
        var peers = Advice.For(Model, Wave(), "ours").Where(l => l.Kind == AdviceLine.Peers).Select(l => l.PeerShare);
        peers.ShouldBe([0.8, 0.5]);
    }

    [Fact]
    public void A_group_of_four_peers_yields_no_peer_line()
    {
        // "small" is at stage 3; stage 4 holds q1..q4 only, each with every indicator true.
        var advice = Advice.For(Model, SmallGroup(), "small");
        advice.ShouldNotBeEmpty();
        advice.ShouldAllBe(l => l.Kind == AdviceLine.Recommendation);
    }

    [Fact]
    public void Four_decided_peers_in_a_group_of_five_yield_no_peer_line()
    {
        // Add a fifth stage-4 organisation for which guidelines is undecided: the share would be over 4.
        var q5 = Org("q5", 4, 60, 60, indicators: new() { ["guidelines"] = null, ["sponsor"] = true, ["measured"] = true, ["described"] = true });
        var wave = SmallGroup() with { Organisations = [.. SmallGroup().Organisations, q5] };
        var lines = Advice.For(Model, wave, "small").Where(l => l.Kind == AdviceLine.Peers).ToList();
        lines.Select(l => l.IndicatorId).ShouldBe(["sponsor", "measured"]);
        lines.ShouldAllBe(l => l.PeerCount == 5 && l.PeerShare == 1);
    }

    [Fact]
    public void Of_25_peers_18_make_72_percent_as_in_the_issues_example()
    {
        var peers = Enumerable.Range(1, 25).Select(i => Org($"x{i:00}", 3, 50, 50, indicators: Indicators(guidelines: i <= 18)));
        var wave = new WaveScores([Org("ours", 2, 45, 30, indicators: Indicators(guidelines: false)), .. peers], new Dictionary<string, double?>());
        var line = Advice.For(Model, wave, "ours").Single(l => l.IndicatorId == "guidelines");
        line.PeerShare.ShouldBe(18 / 25.0);
        line.Text.En.ShouldBe("72 % of the organisations one stage higher have usage guidelines; you don't (yet).");
    }

    [Fact]
    public void At_stage_5_there_are_recommendations_at_stage_5_and_no_peer_lines()
    {
        var advice = Advice.For(Model, Wave(), "top");
        advice.Select(l => l.Kind).ShouldBe([AdviceLine.Recommendation, AdviceLine.Recommendation, AdviceLine.Recommendation]);
        advice[1].Text.En.ShouldBe("a at stage 5");
    }

    [Fact]
    public void An_organisation_without_a_stage_gets_no_advice_and_an_unknown_one_is_refused()
    {
        Advice.For(Model, Wave(), "incomplete").ShouldBeEmpty();
        Should.Throw<ArgumentException>(() => Advice.For(Model, Wave(), "nobody")).Message.ShouldContain("'nobody'");
    }

    [Fact]
    public void A_tie_between_preconditions_goes_to_the_first_in_model_order_and_missing_constructs_are_passed_over()
    {
        var constructs = new Dictionary<string, double?> { ["a"] = null, ["b"] = 50, ["d"] = 50, ["e"] = 50, ["f"] = 50 };
        var tied = new WaveScores([Org("tied", 3, 50, 50, constructs)], new Dictionary<string, double?>());
        var advice = Advice.For(Model, tied, "tied");
        advice[0].Text.En.ShouldContain("reach");
        advice.Skip(1).Select(l => l.ConstructId).ShouldBe(["b"]);
    }

    [Fact]
    public void No_line_names_another_organisation()
    {
        var text = string.Join("\n", Advice.For(Model, Wave(), "ours").SelectMany(l => new[] { l.Text.Nl, l.Text.En }));
        foreach (var slug in Wave().Organisations.Select(o => o.Organisation).Where(s => s != "ours"))
        {
            text.ShouldNotContain(slug);
        }
    }

    [Fact]
    public void Every_v1_advice_phrasing_makes_a_sentence_in_both_languages()
    {
        var v1 = ModelCatalog.Get("v1");
        var ids = v1.Indicators.Where(i => i.Advice is not null).Select(i => i.Id).ToList();
        ids.Count.ShouldBe(14);
        var no = v1.Indicators.ToDictionary(i => i.Id, _ => (bool?)false);
        var yes = v1.Indicators.ToDictionary(i => i.Id, _ => (bool?)true);
        var peers = Enumerable.Range(1, 5).Select(i => V1Org($"peer{i}", 3, v1, yes));
        var wave = new WaveScores([V1Org("ours", 2, v1, no), .. peers], new Dictionary<string, double?>());
        var lines = Advice.For(v1, wave, "ours").Where(l => l.Kind == AdviceLine.Peers).ToList();
        lines.Select(l => l.IndicatorId).ShouldBe(ids);
        var moderation = lines.Single(l => l.IndicatorId == "moderation_shared").Text;
        moderation.Nl.ShouldBe("100 % van de organisaties één fase hoger heeft de moderatie over meerdere afdelingen verdeeld of formeel in functies belegd; u (nog) niet.");
        moderation.En.ShouldBe("100 % of the organisations one stage higher share moderation across several departments or have it formally in job descriptions; you don't (yet).");
    }

    /// <summary>
    /// ours (stage 2) with six stage-3 peers p1..p6, top (stage 5), an incomplete organisation,
    /// and a stage-2 organisation and a stage-4 one that are nobody's peers here.
    /// </summary>
    private static WaveScores Wave(Dictionary<string, bool?>? ours = null)
    {
        bool?[] guidelines = [true, true, true, true, false, null];
        bool?[] sponsor = [true, true, false, false, false, false];
        bool?[] measured = [true, true, true, false, false, false];
        var stage3 = Enumerable.Range(0, 6).Select(i => Org(
            $"p{i + 1}",
            3,
            50,
            50,
            indicators: new() { ["guidelines"] = guidelines[i], ["sponsor"] = sponsor[i], ["measured"] = measured[i], ["described"] = true }));
        List<OrganisationScore> organisations =
        [
            Org("ours", 2, 45, 30, indicators: ours ?? new() { ["guidelines"] = false, ["sponsor"] = false, ["measured"] = null, ["described"] = false }),
            .. stage3,
            Org("top", 5, 85, 90, new() { ["a"] = 80, ["b"] = 85, ["d"] = 90, ["e"] = 90, ["f"] = 90 }, Indicators(false, false, false, false)),
            Org("other2", 2, 30, 30, indicators: Indicators(true, true, true, true)),
            Org("other4", 4, 70, 70, indicators: Indicators(false, false, false, false)),
            Incomplete("incomplete"),
        ];
        return new WaveScores([.. organisations.OrderBy(o => o.Organisation, StringComparer.Ordinal)], new Dictionary<string, double?>());
    }

    /// <summary>small (stage 3) and four stage-4 organisations q1..q4, each with every indicator true.</summary>
    private static WaveScores SmallGroup() => new(
        [
            Org("small", 3, 55, 50, indicators: Indicators(false, false, false, false)),
            .. Enumerable.Range(1, 4).Select(i => Org($"q{i}", 4, 70, 70, indicators: Indicators(true, true, true, true))),
        ],
        new Dictionary<string, double?>());

    private static OrganisationScore Org(
        string slug,
        int stage,
        double reach,
        double embed,
        Dictionary<string, double?>? constructs = null,
        Dictionary<string, bool?>? indicators = null) =>
        new(
            slug,
            1,
            true,
            true,
            (reach + embed) / 2,
            Stage.FromNumber(stage),
            new Dictionary<string, double?> { ["reach"] = reach, ["embed"] = embed },
            constructs ?? new Dictionary<string, double?> { ["a"] = 50, ["b"] = 40, ["d"] = 40, ["e"] = 20, ["f"] = 25 },
            new Dictionary<string, double?>(),
            indicators ?? Indicators(false, false, false, false));

    private static OrganisationScore Incomplete(string slug) =>
        new(
            slug,
            1,
            true,
            false,
            null,
            null,
            new Dictionary<string, double?> { ["reach"] = 10, ["embed"] = null },
            new Dictionary<string, double?> { ["a"] = 10, ["b"] = 10, ["d"] = null, ["e"] = null, ["f"] = null },
            new Dictionary<string, double?>(),
            Indicators(false, false, false, false));

    private static OrganisationScore V1Org(string slug, int stage, MaturityModel v1, Dictionary<string, bool?> indicators) =>
        new(
            slug,
            1,
            true,
            true,
            50,
            Stage.FromNumber(stage),
            v1.Preconditions.ToDictionary(p => p.Id, _ => (double?)50),
            v1.Constructs.ToDictionary(c => c.Id, _ => (double?)50),
            new Dictionary<string, double?>(),
            indicators);

    private static Dictionary<string, bool?> Indicators(bool? guidelines = false, bool? sponsor = false, bool? measured = false, bool? described = false) =>
        new() { ["guidelines"] = guidelines, ["sponsor"] = sponsor, ["measured"] = measured, ["described"] = described };

    private static Indicator Indicator(string id, string english, string dutch) =>
        new(id, TestModels.Text(id), Rule()) { Advice = new LocalizedText(dutch, english) };

    private static ItemComparison Rule() => new(FactIds.TargetAll, ComparisonOperator.Eq, ["yes"]);

    private static Item[] Likerts(string construct) => [TestModels.Likert($"{construct}1"), TestModels.Likert($"{construct}2")];
}
