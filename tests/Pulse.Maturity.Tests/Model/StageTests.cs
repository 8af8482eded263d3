using Pulse.Maturity.Model;

namespace Pulse.Maturity.Tests.Model;

public sealed class StageTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(19.999, 1)]
    [InlineData(20, 2)]
    [InlineData(39.999, 2)]
    [InlineData(40, 3)]
    [InlineData(59.999, 3)]
    [InlineData(60, 4)]
    [InlineData(79.999, 4)]
    [InlineData(80, 5)]
    [InlineData(100, 5)]
    public void A_score_falls_in_the_stage_whose_band_starts_at_or_below_it(double score, int stage)
    {
        Stage.ForScore(score).Number.ShouldBe(stage);
    }

    [Theory]
    [InlineData(85, 10, 2)]
    [InlineData(85, 39.9, 3)]
    [InlineData(85, 60, 5)]
    [InlineData(50, 0, 2)]
    [InlineData(50, 45, 3)]
    public void The_stage_is_never_more_than_one_above_the_weakest_precondition(double index, double weakest, int stage)
    {
        Stage.ForOrganisation(index, weakest).Number.ShouldBe(stage);
    }

    [Fact]
    public void The_stages_are_named_in_Dutch_and_English()
    {
        Stage.All.Select(s => s.Name.Nl).ShouldBe(["Verkennen", "Experimenteren", "Professionaliseren", "Integreren", "Transformeren"]);
        Stage.All.Select(s => s.Name.En).ShouldBe(["Exploring", "Experimenting", "Professionalising", "Integrating", "Transforming"]);
        Stage.All.Select(s => s.Number).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void There_is_no_stage_outside_1_to_5(int number)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Stage.FromNumber(number));
    }
}
