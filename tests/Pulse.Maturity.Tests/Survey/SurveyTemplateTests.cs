using Pulse.Maturity.Model;
using Pulse.Maturity.Survey;

namespace Pulse.Maturity.Tests.Survey;

public sealed class SurveyTemplateTests
{
    [Fact]
    public void The_header_is_organisation_respondent_then_every_item_facts_included()
    {
        var model = ModelCatalog.Get("v1");
        var header = SurveyTemplate.Header(model);
        header.Take(2).ShouldBe(["organisation", "respondent"]);
        // v1.json: 52 construct items in model order, then the 5 facts.
        header.Count.ShouldBe(2 + 57);
        header.Skip(2).Take(4).ShouldBe(["pe_faster", "pe_quality", "pe_expertise", "pe_little_use"]);
        header[2 + 23].ShouldBe("pg_goals");
        header[2 + 51].ShouldBe("prod_external");
        header.TakeLast(5).ShouldBe(["has_community", "target_all", "active_share", "management_participation", "need_for_work_share"]);
    }

    [Fact]
    public void The_respondent_column_can_be_left_out_for_one_key_respondent_per_organisation()
    {
        var header = SurveyTemplate.Header(ModelCatalog.Get("v1"), includeRespondent: false);
        header[0].ShouldBe("organisation");
        header.ShouldNotContain("respondent");
    }
}
