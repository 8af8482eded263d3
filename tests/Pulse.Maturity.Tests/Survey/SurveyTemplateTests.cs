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
        header.Skip(2).ShouldBe(model.AllItems.Select(i => i.Id));
        header.ShouldContain(FactIds.HasCommunity);
    }

    [Fact]
    public void The_respondent_column_can_be_left_out_for_one_key_respondent_per_organisation()
    {
        var header = SurveyTemplate.Header(ModelCatalog.Get("v1"), includeRespondent: false);
        header[0].ShouldBe("organisation");
        header.ShouldNotContain("respondent");
    }
}
