using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Rendering.Tests.Support;

namespace Pulse.Rendering.Tests;

public sealed class ScorecardHtmlTests
{
    private static readonly LocalizedText Advice = new(
        "Van de organisaties één fase hoger heeft 72 % moderatie in functieomschrijvingen; u niet.",
        "Of the organisations one stage higher, 72 % have moderation in job descriptions; you don't.");

    // Acme scores 70 everywhere (goals 33.3); Globex, the other organisation, 91.23 with goals 88.88.
    private static readonly OrganisationScore Acme = TestReports.Organisation("acme", 70, goals: 33.3);
    private static readonly OrganisationScore Globex = TestReports.Organisation("globex", 91.23, goals: 88.88);

    private static Scorecard Card(string language, int peers = 12, OrganisationScore? previous = null) =>
        Scorecard.For("2026", TestReports.Model, TestReports.Benchmark([Acme, Globex], peers), Acme, "Acme Zorg", [Advice], language, previous, previous is null ? null : "2024");

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void A_scorecard_never_shows_another_organisations_name_or_values(string language)
    {
        var html = ScorecardHtml.Render(Card(language));
        var visible = Markup.Visible(html);

        visible.ShouldContain("Acme Zorg", Case.Sensitive);
        html.ShouldNotContain("globex", Case.Insensitive);
        // Globex's own scores as the page would print them.
        foreach (var value in new[] { 91.23, 88.88, Globex.Index!.Value, 89.23, 93.23 })
        {
            visible.ShouldNotContain(ReportFormat(value, language));
        }

        // Its percentile (37.5) neither: only Acme's own (62.5).
        html.ShouldNotContain(">38<");
        html.ShouldNotContain(">37<");
    }

    [Fact]
    public void The_scorecard_record_holds_only_the_organisations_own_percentiles()
    {
        var card = Card("en");

        card.Percentiles["index"].ShouldBe(62.5);
        card.Percentiles.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("nl", new[] { "Index en fase", "Uw profiel tegenover de benchmark", "Zwakste randvoorwaarde", "Verandering sinds meting 2024", "Advies" })]
    [InlineData("en", new[] { "Index and stage", "Your profile against the benchmark", "Weakest precondition", "Change since wave 2024", "Advice" })]
    public void Every_scorecard_heading_appears_in_its_language(string language, string[] headings)
    {
        var html = ScorecardHtml.Render(Card(language, previous: TestReports.Organisation("acme", 60)));

        foreach (var heading in headings)
        {
            html.ShouldContain($">{heading}</h2>");
        }
    }

    [Fact]
    public void The_scorecard_shows_index_stage_weakest_precondition_change_and_advice()
    {
        var previous = TestReports.Organisation("acme", 60, goals: 30);
        var html = ScorecardHtml.Render(Card("nl", previous: previous));

        html.ShouldContain($"Maturity-index: {Acme.Index!.Value.ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}");
        html.ShouldContain($"Fase {Acme.Stage!.Number} van 5: {Acme.Stage.Name.Nl}");
        html.ShouldContain("Doelmatigheid is uw zwakste randvoorwaarde (33,3)");
        // Goals 30 → 33.3: +3,3; the index changed by its own difference.
        html.ShouldContain("<td>Doelmatigheid</td><td class=\"num\">30,0</td><td class=\"num\">33,3</td><td class=\"num\">+3,3</td>");
        html.ShouldContain(Advice.Nl);
        html.ShouldContain("<svg");
        html.ShouldNotContain("<script");
    }

    [Fact]
    public void The_percentile_and_benchmark_are_shown_against_the_median_and_top_quartile()
    {
        var html = ScorecardHtml.Render(Card("en"));

        // Index: own 62.8 (goals 33.3, the others 70 plus half their construct count), median 48.5,
        // Q3 61.75, percentile 62.5 printed without decimals (.NET rounds the half to even: 62).
        html.ShouldContain("<td>Maturity index</td><td class=\"num\">62.8</td><td class=\"num\">48.5</td><td class=\"num\">61.8</td><td class=\"num\">62</td>");
        html.ShouldContain("Top quartile (Q3)");
    }

    [Fact]
    public void Below_five_organisations_no_benchmark_figure_is_shown()
    {
        var html = ScorecardHtml.Render(Card("en", peers: 2));

        Markup.Visible(html).ShouldNotContain("48.5");
        html.ShouldContain("at least 5 organisations");
        // The radars still draw the organisation itself.
        html.ShouldContain("<svg");
    }

    [Fact]
    public void Previous_scores_of_another_organisation_are_refused()
    {
        Should.Throw<ArgumentException>(() => Card("en", previous: Globex)).Message.ShouldContain("globex");
    }

    [Fact]
    public void Without_a_previous_wave_the_scorecard_says_so()
    {
        ScorecardHtml.Render(Card("en")).ShouldContain("did not take part in an earlier wave");
    }

    private static string ReportFormat(double value, string language) =>
        value.ToString("N1", System.Globalization.CultureInfo.GetCultureInfo(language == "nl" ? "nl-NL" : "en-GB"));
}
