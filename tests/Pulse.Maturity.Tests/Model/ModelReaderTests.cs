using System.Text.Json.Nodes;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Model;

/// <summary>Each rule of the model file refuses a broken copy of v1 with a message that says what and where.</summary>
public sealed class ModelReaderTests
{
    // The expectations below are written by hand from src/Pulse.Maturity/Models/v1.json and
    // /work/shared/maturity-model.md, not from anything the reader produces.
    [Fact]
    public void The_shipped_file_reads_into_four_preconditions_twenty_constructs_and_fifty_two_items()
    {
        var model = ReadShipped();
        model.Version.ShouldBe("v1");
        model.Preconditions.Select(p => p.Id).ShouldBe(["usage", "goals", "organisation", "integration"]);
        model.Preconditions.Select(p => p.Constructs.Count).ShouldBe([7, 4, 4, 5]);
        model.Preconditions.Select(p => p.Constructs.Sum(c => c.Items.Count)).ShouldBe([23, 9, 9, 11]);
        model.Constructs.Count.ShouldBe(20);
        model.Facts.Select(f => f.Id).ShouldBe(["has_community", "target_all", "active_share", "management_participation", "need_for_work_share"]);
        model.AllItems.Count.ShouldBe(57);
        model.Indicators.Count.ShouldBe(15);
        model.Indicators[0].Id.ShouldBe("majority_active");
        model.Indicators[^1].Id.ShouldBe("linked_to_business_apps");
    }

    [Fact]
    public void The_shipped_file_keeps_item_order_within_constructs()
    {
        var model = ReadShipped();
        model.FindConstruct("performance_expectancy")!.Items.Select(i => i.Id).ShouldBe(["pe_faster", "pe_quality", "pe_expertise", "pe_little_use"]);
        model.FindConstruct("roles")!.Items.Select(i => i.Id).ShouldBe(["role_community_management", "role_descriptions", "role_sponsor"]);
        model.FindConstruct("product_contribution")!.Items.Select(i => i.Id).ShouldBe(["prod_frequency", "prod_external"]);
        model.AllItems[0].Id.ShouldBe("pe_faster");
        model.AllItems[22].Id.ShouldBe("att_noise");
        model.AllItems[23].Id.ShouldBe("pg_goals");
        model.AllItems[51].Id.ShouldBe("prod_external");
        model.AllItems[52].Id.ShouldBe("has_community");
    }

    [Fact]
    public void The_shipped_file_gives_every_construct_weight_1()
    {
        var model = ReadShipped();
        model.Constructs.ShouldAllBe(c => c.Weight == 1);
        model.Preconditions.Select(p => p.TotalWeight).ShouldBe([7.0, 4.0, 4.0, 5.0]);
    }

    [Fact]
    public void The_shipped_file_reads_the_dutch_and_english_names_and_texts()
    {
        var model = ReadShipped();
        model.Preconditions.Select(p => p.Name.Nl).ShouldBe(["Gebruik", "Doelmatigheid", "Organisatie", "Integratie in processen"]);
        model.Preconditions.Select(p => p.Name.En).ShouldBe(["Usage", "Goal-directedness", "Organisation", "Integration in work processes"]);
        model.FindConstruct("colleague_use")!.Name.Nl.ShouldBe("Gepercipieerd gebruik collega's");
        model.FindConstruct("colleague_use")!.Name.En.ShouldBe("Perceived use by colleagues");
        var hardToFind = model.FindItem("ee_hard_to_find")!;
        hardToFind.Text.Nl.ShouldBe("Medewerkers vinden dat het veel moeite kost om op ons interne platform te vinden wat ze zoeken.");
        hardToFind.Text.En.ShouldBe("Employees find that it takes a lot of effort to find what they are looking for on our internal platform.");
        model.FindItem("mod_who")!.Text.Nl.ShouldBe("Wie modereert het platform?");
        model.FindItem("mod_who")!.Text.En.ShouldBe("Who moderates the platform?");
        model.FindIndicator("moderation_single_department")!.Name.Nl.ShouldBe("Moderatie ligt bij één afdeling");
    }

    [Fact]
    public void The_shipped_file_reads_scales_reverse_coding_and_choice_options()
    {
        var model = ReadShipped();
        model.FindItem("pe_faster")!.Scale.ShouldBe(Scale.Likert5);
        model.FindItem("pe_faster")!.Reverse.ShouldBeFalse();
        model.FindItem("pe_little_use")!.Reverse.ShouldBeTrue();
        model.FindItem("bc_goals")!.Scale.ShouldBe(Scale.Multi);
        model.FindItem("has_community")!.Scale.ShouldBe(Scale.YesNo);
        model.FindItem("active_share")!.Scale.ShouldBe(Scale.Percent);
        var modWho = model.FindItem("mod_who")!;
        modWho.Scale.ShouldBe(Scale.Choice);
        modWho.Options.Select(o => (o.Value, o.Points)).ShouldBe(
            [("none", 0.0), ("one_department", 30.0), ("several_departments", 65.0), ("formal_roles", 100.0)]);
        modWho.Options[1].Label.Nl.ShouldBe("Eén afdeling");
        modWho.Options[1].Label.En.ShouldBe("One department");
        var sponsor = model.FindItem("role_sponsor")!;
        sponsor.Options.Select(o => o.Label.Nl).ShouldBe(["Nee", "Benoemd, niet zichtbaar actief", "Benoemd en zichtbaar actief"]);
        sponsor.Options.Select(o => o.Label.En).ShouldBe(["No", "Appointed, not visibly active", "Appointed and visibly active"]);
        model.FindItem("gov_instruments")!.Options.Select(o => (o.Value, o.Points)).ShouldBe(
            [("guidelines", 25.0), ("training", 20.0), ("onboarding", 15.0), ("activation", 20.0), ("champions", 20.0), ("none", 0.0)]);
    }

    [Fact]
    public void Duplicate_item_ids_are_refused_naming_the_id()
    {
        var error = Refused(Mutate(root => Item(root, "ee_clear")["id"] = "pe_faster"));
        error.Problems.ShouldContain(p => p.Contains("id 'pe_faster' is used more than once"));
    }

    [Fact]
    public void An_id_shared_by_a_construct_and_an_item_is_refused()
    {
        var error = Refused(Mutate(root => Construct(root, "moderation")["id"] = "mod_who"));
        error.Problems.ShouldContain(p => p.Contains("id 'mod_who' is used more than once") && p.Contains("construct 'mod_who'"));
    }

    [Theory]
    [InlineData(140)]
    [InlineData(-5)]
    public void Points_outside_0_to_100_are_refused(double points)
    {
        var error = Refused(Mutate(root => Item(root, "mod_who")["options"]![1]!["points"] = points));
        error.Problems.ShouldContain(p => p.Contains("option 'one_department'") && p.Contains("outside 0..100"));
    }

    [Fact]
    public void A_construct_without_items_is_refused()
    {
        var error = Refused(Mutate(root => Construct(root, "roles")["items"] = new JsonArray()));
        error.Problems.ShouldContain(p => p.Contains("construct 'roles' has no items"));
    }

    [Fact]
    public void A_construct_with_one_item_is_refused()
    {
        var error = Refused(Mutate(root => Construct(root, "moderation")["items"]!.AsArray().RemoveAt(1)));
        error.Problems.ShouldContain(p => p.Contains("construct 'moderation' has 1 item; a construct needs 2 to 5"));
    }

    [Fact]
    public void A_construct_with_six_items_is_refused()
    {
        var error = Refused(Mutate(root =>
        {
            var items = Construct(root, "performance_expectancy")["items"]!.AsArray();
            items.Add(new JsonObject { ["id"] = "pe_extra1", ["text"] = Text("x"), ["scale"] = "likert5" });
            items.Add(new JsonObject { ["id"] = "pe_extra2", ["text"] = Text("y"), ["scale"] = "likert5" });
        }));
        error.Problems.ShouldContain(p => p.Contains("construct 'performance_expectancy' has 6 items"));
    }

    [Theory]
    [InlineData("mod_who")]
    [InlineData("gov_instruments")]
    public void Choice_and_multiple_choice_items_without_options_are_refused(string itemId)
    {
        var empty = Refused(Mutate(root => Item(root, itemId)["options"] = new JsonArray()));
        empty.Problems.ShouldContain(p => p.Contains($"item '{itemId}' has no options"));
        var absent = Refused(Mutate(root => Item(root, itemId).Remove("options")));
        absent.Problems.ShouldContain(p => p.Contains("'options' is missing"));
    }

    [Fact]
    public void Duplicate_option_values_are_refused()
    {
        var error = Refused(Mutate(root => Item(root, "mod_who")["options"]![2]!["value"] = "one_department"));
        error.Problems.ShouldContain(p => p.Contains("item 'mod_who' has option value 'one_department' more than once"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Non_positive_weights_are_refused(double weight)
    {
        var error = Refused(Mutate(root => Construct(root, "roles")["weight"] = weight));
        error.Problems.ShouldContain(p => p.Contains("construct 'roles' has weight") && p.Contains("must be positive"));
    }

    [Fact]
    public void A_precondition_without_constructs_is_refused()
    {
        var error = Refused(Mutate(root => root["preconditions"]![1]!["constructs"] = new JsonArray()));
        error.Problems.ShouldContain(p => p.Contains("precondition 'goals' has no constructs"));
    }

    [Fact]
    public void An_indicator_over_an_unknown_item_is_refused()
    {
        var error = Refused(Mutate(root => root["indicators"]![0]!["rule"]!["item"] = "activ_share"));
        error.Problems.ShouldContain(p => p.Contains("indicator 'majority_active' refers to unknown item 'activ_share'"));
    }

    [Fact]
    public void An_indicator_whose_operator_does_not_fit_the_scale_is_refused()
    {
        var error = Refused(Mutate(root =>
            root["indicators"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "odd",
                ["name"] = Text("odd"),
                ["rule"] = new JsonObject { ["item"] = "target_all", ["gt"] = "no" },
            })));
        error.Problems.ShouldContain(p => p.Contains("indicator 'odd' uses 'gt' on yesno item 'target_all'"));
    }

    [Fact]
    public void An_indicator_comparing_with_an_unknown_option_is_refused()
    {
        var error = Refused(Mutate(root => root["indicators"]![1]!["rule"]!["eq"] = "all"));
        error.Problems.ShouldContain(p => p.Contains("indicator 'management_participates'") && p.Contains("'all', which is not one of its options"));
    }

    [Theory]
    [InlineData("has_community")]
    [InlineData("target_all")]
    [InlineData("active_share")]
    [InlineData("management_participation")]
    [InlineData("need_for_work_share")]
    public void Each_fixed_fact_is_required(string factId)
    {
        var error = Refused(Mutate(root =>
        {
            var facts = root["facts"]!.AsArray();
            facts.Remove(facts.Single(f => (string?)f!["id"] == factId));
            var indicators = root["indicators"]!.AsArray();
            foreach (var indicator in indicators.Where(i => i!.ToJsonString().Contains($"\"{factId}\"")).ToList())
            {
                indicators.Remove(indicator);
            }
        }));
        error.Problems.ShouldContain(p => p.Contains($"fact '{factId}'") && p.Contains("is missing"));
    }

    [Fact]
    public void A_fixed_fact_with_another_scale_is_refused()
    {
        var error = Refused(Mutate(root => Item(root, "active_share")["scale"] = "likert5"));
        error.Problems.ShouldContain(p => p.Contains("fact 'active_share' must be percent, not likert5"));
    }

    [Fact]
    public void Likert_options_whose_points_differ_from_the_scoring_rule_are_refused()
    {
        var error = Refused(Mutate(root =>
        {
            var item = Item(root, "pe_little_use");
            item["options"] = new JsonArray(Enumerable.Range(1, 5).Select(v =>
                (JsonNode)new JsonObject { ["value"] = $"{v}", ["points"] = (v - 1) * 25, ["label"] = Text($"{v}") }).ToArray());
        }));
        error.Problems.ShouldContain(p => p.Contains("likert5 item 'pe_little_use' option '1' has 0 points but value 1 scores 100 on this reverse-coded item"));
    }

    [Fact]
    public void Likert_options_that_are_not_1_to_k_are_refused()
    {
        var wrongCount = Refused(Mutate(root => Item(root, "pe_faster")["options"] = new JsonArray(
            Enumerable.Range(1, 4).Select(v => (JsonNode)new JsonObject { ["value"] = $"{v}", ["label"] = Text($"{v}") }).ToArray())));
        wrongCount.Problems.ShouldContain(p => p.Contains("likert5 item 'pe_faster' must have 5 options \"1\"..\"5\", not 4"));
        var wrongValues = Refused(Mutate(root => Item(root, "pe_faster")["options"] = new JsonArray(
            Enumerable.Range(0, 5).Select(v => (JsonNode)new JsonObject { ["value"] = $"{v}", ["label"] = Text($"{v}") }).ToArray())));
        wrongValues.Problems.ShouldContain(p => p.Contains("must have options \"1\"..\"5\" in order"));
    }

    [Fact]
    public void Likert_items_may_give_their_own_labels_and_keep_the_derived_points()
    {
        var model = ModelReader.Read(Mutate(root => Item(root, "pe_little_use")["options"] = new JsonArray(
            Enumerable.Range(1, 5).Select(v => (JsonNode)new JsonObject { ["value"] = $"{v}", ["label"] = Text($"label {v}") }).ToArray())), "labels.json");
        var item = model.FindItem("pe_little_use")!;
        item.Options[0].Label.En.ShouldBe("label 1");
        item.Options.Select(o => o.Points).ShouldBe([100, 75, 50, 25, 0]);
    }

    [Fact]
    public void Reverse_coding_of_a_choice_item_is_refused()
    {
        var error = Refused(Mutate(root => Item(root, "mod_who")["reverse"] = true));
        error.Problems.ShouldContain(p => p.Contains("item 'mod_who' is reverse-coded but reverse coding applies only to Likert items"));
    }

    [Fact]
    public void An_unknown_scale_is_refused_listing_the_known_ones()
    {
        var error = Refused(Mutate(root => Item(root, "pe_faster")["scale"] = "likert9"));
        error.Problems.ShouldContain(p => p.Contains("scale 'likert9' is unknown; use likert5, likert7, yesno, percent, choice or multi"));
    }

    [Fact]
    public void An_invalid_id_is_refused()
    {
        var error = Refused(Mutate(root => Item(root, "pe_faster")["id"] = "PE-Faster"));
        error.Problems.ShouldContain(p => p.Contains("item id 'PE-Faster' is not valid"));
    }

    [Fact]
    public void An_item_named_like_an_answer_file_column_is_refused()
    {
        var error = Refused(Mutate(root => Item(root, "pe_faster")["id"] = "respondent"));
        error.Problems.ShouldContain(p => p.Contains("item id 'respondent' is reserved"));
    }

    [Fact]
    public void An_unknown_property_is_refused_but_a_note_is_accepted()
    {
        var error = Refused(Mutate(root => Construct(root, "roles")["wieght"] = 2));
        error.Problems.ShouldContain(p => p.Contains("unknown property 'wieght'"));
        var model = ModelReader.Read(Mutate(root => Construct(root, "roles")["note"] = "Why roles weigh 1."), "noted.json");
        model.FindConstruct("roles")!.Weight.ShouldBe(1);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var json = ModelCatalog.GetJson("v1");
        var commented = "// Pulse model\n" + json.Replace("\"version\": \"v1\",", "\"version\": \"v1\", /* the first */", StringComparison.Ordinal);
        var trailing = commented[..commented.LastIndexOf('}')] + ",}";
        ModelReader.Read(trailing, "commented.json").Version.ShouldBe("v1");
    }

    [Fact]
    public void Invalid_json_is_refused_with_the_parsers_position()
    {
        var error = Refused("{ \"version\": ");
        error.Message.ShouldContain("broken.json");
        error.Problems.ShouldHaveSingleItem().ShouldContain("not valid JSON");
    }

    [Fact]
    public void A_missing_text_is_refused_naming_the_path()
    {
        var error = Refused(Mutate(root => Item(root, "ee_clear")["text"]!.AsObject().Remove("en")));
        error.Problems.ShouldContain(p => p.StartsWith("model.preconditions[0].constructs[1].items[1].text", StringComparison.Ordinal) && p.Contains("'en' is missing"));
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var error = Refused(Mutate(root =>
        {
            Construct(root, "roles")["weight"] = 0;
            Item(root, "mod_who")["options"]![1]!["points"] = 140;
            root["indicators"]![0]!["rule"]!["item"] = "nothing_here";
        }));
        error.Problems.Count.ShouldBe(3);
        error.Message.ShouldContain("broken.json is invalid (3 problems)");
    }

    [Fact]
    public void A_construct_missing_the_recommendation_for_one_stage_is_refused_naming_construct_and_stage()
    {
        var error = Refused(Mutate(root => Construct(root, "moderation")["recommendations"]!.AsObject().Remove("3")));
        error.Problems.ShouldHaveSingleItem().ShouldContain("construct 'moderation' has no recommendation for stage 3 (Professionalising)");
    }

    [Fact]
    public void A_recommendation_missing_its_english_text_is_refused_naming_construct_and_stage()
    {
        var error = Refused(Mutate(root => Construct(root, "roles")["recommendations"]!["5"]!.AsObject().Remove("en")));
        error.Problems.ShouldContain(p => p.Contains("construct 'roles' has no complete recommendation for stage 5 (Transforming)"));
        error.Problems.ShouldContain(p => p.Contains("recommendations.5") && p.Contains("'en' is missing"));
    }

    [Fact]
    public void A_blank_recommendation_is_refused_naming_construct_and_stage()
    {
        var error = Refused(Mutate(root => Construct(root, "reputation")["recommendations"]!["1"]!["nl"] = " "));
        error.Problems.ShouldContain(p => p.Contains("construct 'reputation' has no complete recommendation for stage 1 (Exploring)"));
    }

    [Fact]
    public void A_construct_without_recommendations_is_refused_naming_it()
    {
        var error = Refused(Mutate(root => Construct(root, "governance").Remove("recommendations")));
        error.Problems.ShouldHaveSingleItem().ShouldContain("construct 'governance' has no recommendations");
    }

    [Fact]
    public void A_recommendation_for_a_stage_beyond_5_is_refused()
    {
        var error = Refused(Mutate(root => Construct(root, "ownership")["recommendations"]!["6"] = Text("beyond")));
        error.Problems.ShouldContain(p => p.Contains("unknown property '6'"));
    }

    [Fact]
    public void An_indicator_may_carry_an_advice_phrasing_and_need_not()
    {
        var model = ReadShipped();
        model.FindIndicator("has_usage_guidelines")!.Advice!.En.ShouldBe("have usage guidelines");
        model.FindIndicator("has_usage_guidelines")!.Advice!.Nl.ShouldBe("heeft gebruiksrichtlijnen");
        model.FindIndicator("moderation_single_department")!.Advice.ShouldBeNull();
    }

    private static MaturityModel ReadShipped() => ModelReader.Read(ModelCatalog.GetJson("v1"), "v1.json");

    private static ModelValidationException Refused(string json) =>
        Should.Throw<ModelValidationException>(() => ModelReader.Read(json, "broken.json"));

    private static string Mutate(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(ModelCatalog.GetJson("v1"))!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonObject Construct(JsonObject root, string id) =>
        root["preconditions"]!.AsArray().SelectMany(p => p!["constructs"]!.AsArray()).Single(c => (string?)c!["id"] == id)!.AsObject();

    private static JsonObject Item(JsonObject root, string id) =>
        root["preconditions"]!.AsArray().SelectMany(p => p!["constructs"]!.AsArray()).SelectMany(c => c!["items"]!.AsArray())
            .Concat(root["facts"]!.AsArray())
            .Single(i => (string?)i!["id"] == id)!.AsObject();

    private static JsonObject Text(string english) => new() { ["nl"] = english + " (nl)", ["en"] = english };
}
