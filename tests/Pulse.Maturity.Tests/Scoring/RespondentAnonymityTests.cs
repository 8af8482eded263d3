using Pulse.Maturity.Scoring;

namespace Pulse.Maturity.Tests.Scoring;

public sealed class RespondentAnonymityTests
{
    private static OrganisationScore Score(string organisation, int respondents) => new(
        organisation, respondents, HasCommunity: true, Complete: true, Index: 61.5, Stage: null,
        new Dictionary<string, double?> { ["usage"] = 70.0 },
        new Dictionary<string, double?> { ["pe"] = 80.0 },
        new Dictionary<string, double?> { ["pe_faster"] = 75.0 },
        new Dictionary<string, bool?> { ["target_active"] = true });

    [Theory]
    [InlineData(1, false)] // a key respondent answers for the organisation
    [InlineData(2, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(40, false)]
    public void Only_employee_surveys_below_the_threshold_are_withheld(int respondents, bool withheld)
    {
        var published = RespondentAnonymity.Apply(new WaveScores([Score("a", respondents)], new Dictionary<string, double?>())).Organisations.Single();

        published.Withheld.ShouldBe(withheld);
        published.Respondents.ShouldBe(respondents);
        if (withheld)
        {
            published.Index.ShouldBeNull();
            published.Complete.ShouldBeFalse();
            published.Preconditions["usage"].ShouldBeNull();
            published.Constructs["pe"].ShouldBeNull();
            published.Items["pe_faster"].ShouldBeNull();
            published.Indicators["target_active"].ShouldBeNull();
        }
        else
        {
            published.Index.ShouldBe(61.5);
            published.Constructs["pe"].ShouldBe(80.0);
        }
    }

    [Fact]
    public void A_threshold_below_3_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => RespondentAnonymity.Apply(new WaveScores([], new Dictionary<string, double?>()), threshold: 2));
    }
}
