using System.Text.RegularExpressions;
using Pulse.Rendering.Tests.Support;

namespace Pulse.Rendering.Tests;

public sealed partial class ResearchReportHtmlTests
{
    [Theory]
    [InlineData("nl", new[] { "Methode en respons", "Betrouwbaarheid per construct", "Bevindingen", "Maturity-index", "Gebruik", "Doelmatigheid", "Organisatie", "Integratie in processen", "Spreiding", "Vergelijking met meting 2024", "Drijfveren van deelname", "Score tegenover impact", "Top 10", "Bijlage: alle indicatoren" })]
    [InlineData("en", new[] { "Method and response", "Reliability per construct", "Findings", "Maturity index", "Usage", "Goal-directedness", "Organisation", "Integration in work processes", "Distribution", "Comparison with wave 2024", "Drivers of participation", "Score versus impact", "Top 10", "Appendix: every indicator" })]
    public void Every_section_heading_appears_in_the_report_language(string language, string[] headings)
    {
        var html = ResearchReportHtml.Render(TestReports.Report(language));

        foreach (var heading in headings)
        {
            Headings(html).ShouldContain(heading, $"heading '{heading}' in {language}");
        }

        html.ShouldContain($"<html lang=\"{language}\">");
    }

    [Fact]
    public void The_cuts_show_the_groups_given_the_merged_rest_as_other_and_how_many_are_hidden()
    {
        var report = TestReports.Report("en") with
        {
            Cuts =
            [
                new Pulse.Maturity.Benchmark.CutTable("sector", [new("gemeente", 6, 51.24, 50.5), new("(other)", 7, 40.0, 41.0, IsOther: true)], HiddenGroups: 2),
                new Pulse.Maturity.Benchmark.CutTable("size", [], HiddenGroups: 4),
            ],
        };

        var visible = Regex.Replace(Markup.Visible(ResearchReportHtml.Render(report)), @"\s+", " ");

        visible.ShouldContain("By sector and size");
        visible.ShouldContain("gemeente 6 51.2 50.5");
        visible.ShouldContain("Other 7 40.0 41.0");
        visible.ShouldContain("2 group(s) with too few organisations are not shown on their own.");
        visible.ShouldContain("No group holds enough organisations to be shown on its own.");
        visible.ShouldNotContain("(other)");
    }

    [Fact]
    public void Dutch_numbers_have_a_decimal_comma_and_English_ones_a_decimal_point()
    {
        var dutch = ResearchReportHtml.Render(TestReports.Report("nl"));
        var english = ResearchReportHtml.Render(TestReports.Report("en"));

        // The index mean 47.34 in the distribution table and R² 0.4321 in the drivers.
        dutch.ShouldContain("<td class=\"num\">47,3</td>");
        english.ShouldContain("<td class=\"num\">47.3</td>");
        dutch.ShouldContain("R² = 0,432");
        english.ShouldContain("R² = 0.432");
        dutch.ShouldContain("&lt; 0,001");
        english.ShouldContain("&lt; 0.001");
    }

    [Fact]
    public void Dutch_shares_and_intervals_are_printed_with_a_comma_and_a_percent_sign()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("nl"));

        // The first indicator: x = 3 of n = 40, 7.5 %, CI 5.0–20.0 %.
        html.ShouldContain("<td class=\"num\">7,5 %</td>");
        html.ShouldContain("<td class=\"num\">5,0–20,0 %</td>");
    }

    [Theory]
    [InlineData("nl", "met voorzichtigheid interpreteren", "niet te berekenen")]
    [InlineData("en", "interpret with care", "not computable")]
    public void An_alpha_below_point_six_is_to_be_interpreted_with_care(string language, string care, string undefined)
    {
        var html = ResearchReportHtml.Render(TestReports.Report(language));

        // Performance expectancy has alpha .55; the last construct has none.
        html.ShouldContain(care);
        html.ShouldContain(undefined);
        Regex.Count(html, Regex.Escape(care)).ShouldBe(1);
    }

    [Fact]
    public void The_method_section_counts_organisations_with_and_without_a_community()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("en"));

        // 15 in the wave, 2 without a community, so 13 with one; model v1.
        html.ShouldContain("<td>Organisations in the wave</td><td class=\"num\">15</td>");
        html.ShouldContain("<td>– with a community</td><td class=\"num\">13</td>");
        html.ShouldContain("<td>– without a community (counted, not scored)</td><td class=\"num\">2</td>");
        html.ShouldContain("<td>Model version</td><td class=\"num\">v1</td>");
    }

    [Fact]
    public void The_findings_are_printed_in_the_report_language_and_escaped()
    {
        var dutch = ResearchReportHtml.Render(TestReports.Report("nl"));
        var english = ResearchReportHtml.Render(TestReports.Report("en"));

        dutch.ShouldContain("Bij 10 % van de organisaties (95 %-BI 5–18 %, n = 91) is meer dan de helft van de medewerkers actief.");
        english.ShouldContain("At 10 % of the organisations (95 % CI 5–18 %, n = 91) more than half of the employees are active.");
    }

    [Fact]
    public void The_top_10_shows_shared_ranks_and_the_given_names_never_a_slug()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("nl"));
        var top = Section(html, ResearchReportHtml.TopAnchor);

        top.ShouldContain("<td class=\"num\">1</td><td>Acme Zorg</td>");
        top.ShouldContain("<td class=\"num\">2</td><td>een organisatie in de zorg</td>");
        top.ShouldContain("<td class=\"num\">2</td><td>Initech Gemeente</td>");
        top.ShouldContain("<td class=\"num\">4</td><td>een organisatie</td>");
        foreach (var slug in new[] { "acme", "globex", "initech", "hooli" })
        {
            html.ShouldNotContain(slug, Case.Sensitive);
        }
    }

    [Theory]
    [InlineData("nl", "minstens 25")]
    [InlineData("en", "at least 25")]
    public void A_refused_driver_analysis_says_why(string language, string why)
    {
        var html = ResearchReportHtml.Render(TestReports.Report(language, drivers: false));
        var drivers = Section(html, ResearchReportHtml.DriversAnchor);

        drivers.ShouldContain(why);
        drivers.ShouldNotContain("<svg");
    }

    [Fact]
    public void The_drivers_show_every_coefficient_and_the_quadrant_chart()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("en"));
        var drivers = Section(html, ResearchReportHtml.DriversAnchor);

        drivers.ShouldContain("<td>(Intercept)</td><td class=\"num\">-12.500</td>");
        drivers.ShouldContain("<td>Performance expectancy</td>");
        drivers.ShouldContain("<svg");
        drivers.ShouldContain("Correlation with active share (r)");
    }

    [Fact]
    public void Without_a_comparison_there_is_no_comparison_section()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("en", comparison: false));

        html.ShouldNotContain("Comparison with wave");
        html.ShouldContain("no comparison");
    }

    [Fact]
    public void A_difference_is_called_one_only_when_its_test_says_so()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("en"));
        var usage = Section(html, "precondition-usage");

        // Usage: p = .41, no; performance expectancy: p = .02, yes.
        usage.ShouldContain("<td>Usage</td><td class=\"num\">52.1</td><td class=\"num\">12</td><td class=\"num\">50.9</td><td class=\"num\">10</td><td class=\"num\">0.410</td><td>no</td>");
        usage.ShouldContain("<td>Performance expectancy</td><td class=\"num\">55.5</td><td class=\"num\">12</td><td class=\"num\">49.5</td><td class=\"num\">10</td><td class=\"num\">0.020</td><td>yes</td>");
    }

    [Fact]
    public void The_appendix_lists_every_indicator_with_x_n_share_and_interval()
    {
        var report = TestReports.Report("en");
        var appendix = Section(ResearchReportHtml.Render(report), ResearchReportHtml.AppendixAnchor);

        foreach (var indicator in report.Benchmark.Indicators)
        {
            appendix.ShouldContain($"<td>{indicator.Name.En}</td><td class=\"num\">{indicator.X}</td><td class=\"num\">{indicator.N}</td>");
        }

        appendix.ShouldContain("old_item_2024");
    }

    [Fact]
    public void The_report_is_self_contained_with_charts_as_inline_svg_and_no_script()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("nl"));

        // Index and Usage: a distribution and a comparison chart each; three more distributions; the quadrant.
        Regex.Count(html, "<svg ").ShouldBe(8);
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("src=\"http");
        html.ShouldNotContain("<link");
        html.ShouldContain("<style>");
        html.ShouldContain("break-before: page");
    }

    [Fact]
    public void Chart_ids_are_unique_in_the_page_so_no_chart_clips_to_another()
    {
        var html = ResearchReportHtml.Render(TestReports.Report("nl"));

        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        ids.Count.ShouldBeGreaterThan(10);
        ids.ShouldBeUnique();
        foreach (Match reference in Regex.Matches(html, @"url\(#([^)]+)\)"))
        {
            ids.ShouldContain(reference.Groups[1].Value);
        }
    }

    [Fact]
    public void A_language_other_than_Dutch_or_English_is_refused()
    {
        Should.Throw<ArgumentException>(() => TestReports.Report("de")).Message.ShouldContain("'nl' or 'en'");
    }

    private static List<string> Headings(string html) =>
        [.. HeadingPattern().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>The markup of the section with this id, up to the next top-level section.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("<h[1-3][^>]*>([^<]*)</h[1-3]>")]
    private static partial Regex HeadingPattern();
}
