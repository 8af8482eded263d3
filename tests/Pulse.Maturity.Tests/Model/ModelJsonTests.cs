using System.Text.Json;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Model;

/// <summary>The JSON of <c>pulse model show --json</c>.</summary>
public sealed class ModelJsonTests
{
    private static readonly MaturityModel V1 = ModelCatalog.Get("v1");
    private static readonly JsonElement Root = JsonDocument.Parse(ModelJson.Write(V1)).RootElement;

    [Fact]
    public void It_has_the_shape_the_issue_specifies()
    {
        Root.GetProperty("version").GetString().ShouldBe("v1");
        var precondition = Root.GetProperty("preconditions")[0];
        precondition.GetProperty("id").GetString().ShouldBe("usage");
        precondition.GetProperty("name").GetProperty("nl").GetString().ShouldBe("Gebruik");
        precondition.GetProperty("name").GetProperty("en").GetString().ShouldBe("Usage");
        var construct = precondition.GetProperty("constructs")[0];
        construct.GetProperty("id").GetString().ShouldBe("performance_expectancy");
        construct.GetProperty("weight").GetDouble().ShouldBe(1);
        var item = construct.GetProperty("items")[0];
        item.GetProperty("id").GetString().ShouldBe("pe_faster");
        item.GetProperty("text").GetProperty("en").GetString()!.ShouldContain("our internal platform");
        item.GetProperty("scale").GetString().ShouldBe("likert5");
        item.GetProperty("reverse").GetBoolean().ShouldBeFalse();
        var option = item.GetProperty("options")[0];
        option.GetProperty("value").GetString().ShouldBe("1");
        option.GetProperty("label").GetProperty("nl").GetString().ShouldBe("Helemaal mee oneens");
        // v1.json has 5 facts and 15 indicators.
        Root.GetProperty("facts").GetArrayLength().ShouldBe(5);
        Root.GetProperty("indicators").GetArrayLength().ShouldBe(15);
    }

    [Fact]
    public void Likert_options_carry_the_points_of_that_item_with_reverse_coding_applied()
    {
        Points("pe_faster").ShouldBe([0, 25, 50, 75, 100]);
        Points("pe_little_use").ShouldBe([100, 75, 50, 25, 0]);
        Item("pe_little_use").GetProperty("reverse").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Yes_no_items_list_yes_100_and_no_0_and_percentages_list_no_options()
    {
        var options = Item("has_community").GetProperty("options");
        options.EnumerateArray().Select(o => (o.GetProperty("value").GetString(), o.GetProperty("points").GetDouble()))
            .ShouldBe([("yes", 100.0), ("no", 0.0)]);
        Item("active_share").GetProperty("scale").GetString().ShouldBe("percent");
        Item("active_share").GetProperty("options").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Choice_options_carry_their_points_and_evidence_help()
    {
        Points("mod_who").ShouldBe([0, 30, 65, 100]);
        Item("mod_who").GetProperty("options")[1].GetProperty("help").GetProperty("en").GetString()!.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Indicator_rules_are_printed_in_the_rule_language()
    {
        var majority = Root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "majority_active");
        majority.GetProperty("rule").GetProperty("item").GetString().ShouldBe("active_share");
        majority.GetProperty("rule").GetProperty("gt").GetDouble().ShouldBe(50);
        var both = Root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "everyone_and_majority_active");
        both.GetProperty("rule").GetProperty("all").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void It_is_indented_camel_case_and_keeps_Dutch_letters_readable()
    {
        var json = ModelJson.Write(V1);
        json.ShouldContain("\n  \"preconditions\": [");
        json.ShouldContain("ideeën");
        json.ShouldNotContain("\\u00EB");
    }

    [Fact]
    public void Constructs_print_their_recommendation_per_stage_and_indicators_their_advice()
    {
        var moderation = Root.GetProperty("preconditions").EnumerateArray()
            .SelectMany(p => p.GetProperty("constructs").EnumerateArray())
            .Single(c => c.GetProperty("id").GetString() == "moderation");
        var recommendations = moderation.GetProperty("recommendations");
        recommendations.EnumerateObject().Select(r => r.Name).ShouldBe(["1", "2", "3", "4", "5"]);
        recommendations.GetProperty("4").GetProperty("nl").GetString().ShouldBe(V1.FindConstruct("moderation")!.Recommendations[4].Nl);
        var guidelines = Root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "has_usage_guidelines");
        guidelines.GetProperty("advice").GetProperty("en").GetString().ShouldBe("have usage guidelines");
        var single = Root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "moderation_single_department");
        single.TryGetProperty("advice", out _).ShouldBeFalse();
    }

    [Fact]
    public void What_it_prints_reads_back_into_the_same_model()
    {
        var json = ModelJson.Write(V1);
        var again = ModelReader.Read(json, "printed.json");
        ModelJson.Write(again).ShouldBe(json);
        again.AllItems.Select(i => i.Id).ShouldBe(V1.AllItems.Select(i => i.Id));
    }

    private static JsonElement Item(string id) =>
        Root.GetProperty("preconditions").EnumerateArray()
            .SelectMany(p => p.GetProperty("constructs").EnumerateArray())
            .SelectMany(c => c.GetProperty("items").EnumerateArray())
            .Concat(Root.GetProperty("facts").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id);

    private static double[] Points(string id) =>
        [.. Item(id).GetProperty("options").EnumerateArray().Select(o => o.GetProperty("points").GetDouble())];
}
