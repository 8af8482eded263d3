using System.Text.Json.Nodes;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Model;

/// <summary>Each rule of the model file refuses a broken copy of v1 with a message that says what and where.</summary>
public sealed class ModelReaderTests
{
    [Fact]
    public void The_shipped_file_reads_into_the_catalog_model()
    {
        var model = ModelReader.Read(ModelCatalog.GetJson("v1"), "v1.json");
        ModelJson.Write(model).ShouldBe(ModelJson.Write(ModelCatalog.Get("v1")));
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
