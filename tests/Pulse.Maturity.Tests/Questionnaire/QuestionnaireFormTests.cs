using Pulse.Maturity.Model;
using Pulse.Maturity.Questionnaire;

namespace Pulse.Maturity.Tests.Questionnaire;

/// <summary>The web questionnaire's pages, skip rule and requirements, derived from model v1.</summary>
public sealed class QuestionnaireFormTests
{
    private static readonly MaturityModel Model = ModelCatalog.Get("v1");
    private static readonly QuestionnaireForm Form = new(Model);

    private static string?[] With(params (string Id, string Value)[] answers)
    {
        var values = Form.Empty();
        foreach (var (id, value) in answers) values[Model.IndexOf(id)] = value;
        return values;
    }

    [Fact]
    public void The_facts_come_first_then_one_step_per_precondition()
    {
        Form.Steps.Select(s => s.Id).ShouldBe(["platform", "usage", "goals", "organisation", "integration"]);
        Form.Steps.Select(s => s.Number).ShouldBe([1, 2, 3, 4, 5]);
        Form.Steps[0].Items[0].Id.ShouldBe("has_community");
        // v1.json: usage 4+3+3+3+4+3+3, goals 2+2+2+3, organisation 2+2+3+2, integration 2+2+3+2+2 items; 5 facts.
        Form.Steps.Select(s => s.Items.Count).ShouldBe([5, 23, 9, 9, 11]);
    }

    [Fact]
    public void A_refused_answer_names_its_item_and_leaves_the_earlier_answer_in_place()
    {
        var before = With(("active_share", "40"));
        var sent = new Dictionary<string, string?> { ["has_community"] = "yes", ["active_share"] = "140", ["need_for_work_share"] = "62,5 %" };

        var page = Form.Read(Form.Steps[0], before, id => sent.GetValueOrDefault(id));

        page.IsValid.ShouldBeFalse();
        page.Problems.Select(p => p.ItemId).ShouldBe(["active_share"]);
        page.Problems[0].Message.ShouldContain("active_share");
        page.Problems[0].Value.ShouldBe("140");
        page.Values[Model.IndexOf("active_share")].ShouldBe("40");
        page.Values[Model.IndexOf("has_community")].ShouldBe("yes");
        page.Values[Model.IndexOf("need_for_work_share")].ShouldBe("62.5");
        page.Values[Model.IndexOf("target_all")].ShouldBeNull();
    }

    [Fact]
    public void Items_left_out_of_a_page_become_dont_know_and_other_pages_stay()
    {
        var before = With(("pe_faster", "4"), ("pg_goals", "documented"));
        var sent = new Dictionary<string, string?> { ["bc_goals"] = "innovation;knowledge" };

        var page = Form.Read(Form.Steps[2], before, id => sent.GetValueOrDefault(id));

        page.IsValid.ShouldBeTrue();
        page.Values[Model.IndexOf("pg_goals")].ShouldBeNull();
        page.Values[Model.IndexOf("bc_goals")].ShouldBe("knowledge;innovation");
        page.Values[Model.IndexOf("pe_faster")].ShouldBe("4");
    }

    [Fact]
    public void Has_community_is_required_and_no_community_asks_nothing_else()
    {
        Form.Unmet(Form.Empty()).Select(u => u.ItemIds[0]).ShouldBe(["has_community"]);

        var without = With(("has_community", "no"), ("target_all", "yes"), ("pe_faster", "5"));
        Form.Unmet(without).ShouldBeEmpty();
        Form.ActiveSteps(without).Select(s => s.Id).ShouldBe(["platform"]);
        var submitted = Form.Submitted(without);
        submitted.Count(v => v is not null).ShouldBe(1);
        submitted[Model.IndexOf("has_community")].ShouldBe("no");
    }

    [Fact]
    public void Each_construct_needs_half_of_its_items_rounded_up()
    {
        var values = With(("has_community", "yes"), ("pe_faster", "5"));

        var unmet = Form.Unmet(values);

        // v1 has 20 constructs; none has enough answers.
        unmet.Count.ShouldBe(20);
        var performance = unmet.Single(u => u.ConstructId == "performance_expectancy");
        (performance.Step, performance.Answered, performance.Needed).ShouldBe((2, 1, 2));
        performance.Message.ShouldContain("pe_little_use");
        // Three items: ⌈3/2⌉ = 2.
        unmet.Single(u => u.ConstructId == "measurement").Needed.ShouldBe(2);
        Form.ActiveSteps(values).Count.ShouldBe(5);
    }

    [Fact]
    public void A_returning_respondent_resumes_at_the_first_step_without_answers()
    {
        Form.Resume(Form.Empty())!.Number.ShouldBe(1);
        Form.Resume(With(("has_community", "yes"), ("pe_faster", "3")))!.Number.ShouldBe(3);
        Form.Resume(With(("has_community", "no"))).ShouldBeNull();
    }
}
