using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Model;

/// <summary>The shipped model v1: does it say what maturity-model.md and issue 3 ask for?</summary>
public sealed class ModelCatalogTests
{
    private static readonly MaturityModel V1 = ModelCatalog.Get("v1");

    [Fact]
    public void V1_is_shipped_and_listed_among_the_versions()
    {
        ModelCatalog.Versions.ShouldContain("v1");
        V1.Version.ShouldBe("v1");
    }

    [Fact]
    public void An_unknown_version_is_refused_naming_the_known_ones()
    {
        var error = Should.Throw<ArgumentException>(() => ModelCatalog.Get("v99"));
        error.Message.ShouldContain("v99");
        error.Message.ShouldContain("v1");
    }

    [Fact]
    public void V1_has_the_four_preconditions_in_report_order()
    {
        V1.Preconditions.Select(p => p.Id).ShouldBe(["usage", "goals", "organisation", "integration"]);
        V1.Preconditions.Select(p => p.Name.Nl).ShouldBe(["Gebruik", "Doelmatigheid", "Organisatie", "Integratie in processen"]);
    }

    [Theory]
    [InlineData("usage", "performance_expectancy,effort_expectancy,reputation,colleague_use,manager_use,collaboration_norms,attention_value")]
    [InlineData("goals", "platform_goals,business_contribution,goal_level,measurement")]
    [InlineData("organisation", "ownership,moderation,roles,governance")]
    [InlineData("integration", "communication_mix,need_for_work,work_processes,system_links,product_contribution")]
    public void Each_precondition_has_at_least_the_constructs_of_the_study(string precondition, string constructs)
    {
        var ids = V1.Preconditions.Single(p => p.Id == precondition).Constructs.Select(c => c.Id).ToList();
        foreach (var construct in constructs.Split(','))
        {
            ids.ShouldContain(construct);
        }
    }

    [Fact]
    public void Every_construct_has_2_to_5_items_worded_in_Dutch_and_English()
    {
        foreach (var construct in V1.Constructs)
        {
            construct.Items.Count.ShouldBeInRange(2, 5, construct.Id);
            foreach (var item in construct.Items)
            {
                item.Text.Nl.ShouldNotBe(item.Text.En, $"{item.Id} needs a real translation");
            }
        }
    }

    [Fact]
    public void Every_usage_factor_is_a_set_of_Likert_statements_about_our_internal_platform_with_a_reverse_coded_one()
    {
        foreach (var construct in V1.Preconditions.Single(p => p.Id == "usage").Constructs)
        {
            construct.Items.ShouldAllBe(i => i.Scale.IsLikert());
            construct.Items.ShouldContain(i => i.Reverse, $"{construct.Id} has no reverse-coded item");
            construct.Items.ShouldContain(i => i.Text.Nl.Contains("ons interne platform") && i.Text.En.Contains("our internal platform"), construct.Id);
        }
    }

    [Fact]
    public void Goal_organisation_and_integration_choices_are_ordered_non_linear_and_say_what_evidence_makes_each_true()
    {
        var choices = V1.Preconditions.Where(p => p.Id != "usage")
            .SelectMany(p => p.Constructs).SelectMany(c => c.Items).Where(i => i.Scale == Scale.Choice).ToList();
        choices.Count.ShouldBeGreaterThan(10);
        foreach (var item in choices)
        {
            var points = item.Options.Select(o => o.Points).ToList();
            points[0].ShouldBe(0, item.Id);
            points[^1].ShouldBe(100, item.Id);
            points.Zip(points.Skip(1), (a, b) => b - a).ShouldAllBe(step => step > 0, $"{item.Id} options must be ordered weakest first");
            points.Zip(points.Skip(1), (a, b) => b - a).Distinct().Count().ShouldBeGreaterThan(1, $"{item.Id} is scored linearly");
            item.Options.ShouldAllBe(o => o.Help != null, $"{item.Id} needs evidence help on every option");
        }
    }

    [Fact]
    public void Moderation_goal_level_and_need_for_work_use_the_categories_of_the_study()
    {
        V1.FindItem("mod_who")!.Options.Select(o => o.Value).ShouldBe(["none", "one_department", "several_departments", "formal_roles"]);
        V1.FindItem("gl_level")!.Options.Select(o => o.Value).ShouldBe(["none", "platform", "business_themes", "primary_processes"]);
        V1.FindItem("need_share")!.Options.Select(o => o.Value).ShouldBe(["lt25", "25to50", "50to75", "ge75"]);
    }

    [Fact]
    public void Multiple_choice_is_used_for_owners_and_governance_instruments()
    {
        V1.FindItem("own_departments")!.Scale.ShouldBe(Scale.Multi);
        V1.FindItem("gov_instruments")!.Scale.ShouldBe(Scale.Multi);
    }

    [Fact]
    public void The_facts_have_the_fixed_ids_and_scales_and_come_after_the_construct_items()
    {
        foreach (var (id, scale) in FactIds.Required)
        {
            V1.Facts.ShouldContain(f => f.Id == id && f.Scale == scale, id);
        }

        V1.FindItem(FactIds.ManagementParticipation)!.Options.Select(o => o.Value).ShouldBe(["none", "some", "most"]);
        // v1.json: 23 + 9 + 9 + 11 = 52 construct items, then the 5 facts.
        V1.AllItems.Skip(52).Select(i => i.Id).ShouldBe(["has_community", "target_all", "active_share", "management_participation", "need_for_work_share"]);
        V1.AllItems.Count.ShouldBe(57);
    }

    [Theory]
    [InlineData("majority_active", "active_share", ComparisonOperator.Gt, "50")]
    [InlineData("management_participates", "management_participation", ComparisonOperator.Eq, "most")]
    [InlineData("moderation_single_department", "mod_who", ComparisonOperator.Eq, "one_department")]
    [InlineData("need_for_work_three_quarters", "need_for_work_share", ComparisonOperator.Ge, "75")]
    [InlineData("target_is_everyone", "target_all", ComparisonOperator.Eq, "yes")]
    public void The_indicators_of_the_issue_are_there_with_their_rules(string id, string itemId, ComparisonOperator op, string value)
    {
        var rule = V1.FindIndicator(id)!.Rule.ShouldBeOfType<ItemComparison>();
        rule.ItemId.ShouldBe(itemId);
        rule.Operator.ShouldBe(op);
        rule.Values.ShouldBe([value]);
    }

    [Fact]
    public void Item_positions_follow_the_model_order()
    {
        for (var i = 0; i < V1.AllItems.Count; i++)
        {
            V1.IndexOf(V1.AllItems[i].Id).ShouldBe(i);
        }

        V1.IndexOf("no_such_item").ShouldBe(-1);
        V1.FindItem("no_such_item").ShouldBeNull();
    }
}
