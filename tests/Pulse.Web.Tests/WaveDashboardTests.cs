using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>The wave page's ranks, change and links; the scorecard page; the report downloads.</summary>
public sealed partial class WaveDashboardTests
{
    private static readonly MaturityModel Model = ModelCatalog.Get("v1");

    /// <summary>Seven organisations in 2026 (two ties), six in 2025; names that occur nowhere else on a page.</summary>
    internal static readonly string[] Organisations = ["kwarts", "basalt", "graniet", "marmer", "leisteen", "obsidiaan", "porfier"];

    private static Response Answers(string organisation, int likert) =>
        new(organisation, "1", [.. Model.AllItems.Select(i => i.Id == FactIds.HasCommunity ? "yes" : i.Scale switch
        {
            Scale.Likert5 => (i.Reverse ? 6 - likert : likert).ToString(CultureInfo.InvariantCulture),
            Scale.Choice => i.Options[Math.Min(likert - 1, i.Options.Count - 1)].Value,
            Scale.Multi => i.Options[0].Value,
            Scale.YesNo => likert >= 3 ? "yes" : "no",
            Scale.Percent => (likert * 15).ToString(CultureInfo.InvariantCulture),
            _ => null,
        })]);

    internal static async Task SeedAsync(TestDatabase test)
    {
        var store = new SurveyStore(test.Database);
        var earlier = await store.CreateWaveAsync("2025", "v1");
        await store.ImportAsync(earlier.Id, Model, [.. new[] { 4, 3, 3, 2, 2, 1 }.Select((likert, i) => Answers(Organisations[i], likert))]);
        var wave = await store.CreateWaveAsync("2026", "v1");
        await store.ImportAsync(wave.Id, Model, [.. new[] { 5, 4, 4, 3, 2, 1, 3 }.Select((likert, i) => Answers(Organisations[i], likert))]);
    }

    private static async Task<List<(string Slug, double? Index, int Respondents)>> ScoresAsync(RunningApp app, string wave)
    {
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri($"/api/v1/waves/{wave}/scores", UriKind.Relative)));
        return [.. json.RootElement.GetProperty("organisations").EnumerateArray().Select(o => (
            o.GetProperty("organisation").GetString()!,
            o.GetProperty("index").ValueKind == JsonValueKind.Number ? o.GetProperty("index").GetDouble() : (double?)null,
            o.GetProperty("respondents").GetInt32()))];
    }

    [Fact]
    public async Task The_wave_page_ranks_with_shared_places_recomputed_from_the_scores_api()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var scores = await ScoresAsync(app, "2026");
        var page = await app.Client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative));

        // Rank = 1 + the number of organisations with a strictly higher index.
        var expected = scores.Where(s => s.Index is not null)
            .ToDictionary(s => s.Slug, s => 1 + scores.Count(o => o.Index > s.Index));
        expected.Values.Distinct().Count().ShouldBeLessThan(expected.Count, "the seed has ties");
        var rows = Row().Matches(page).ToDictionary(m => m.Groups["slug"].Value, m => m);
        rows.Keys.ShouldBe(Organisations, ignoreOrder: true);
        foreach (var (slug, rank) in expected)
        {
            rows[slug].Groups["rank"].Value.ShouldBe(rank.ToString(CultureInfo.InvariantCulture), slug);
            rows[slug].Groups["class"].Value.ShouldBe(rank <= 10 ? "top" : "", slug);
            rows[slug].Groups["n"].Value.ShouldBe(scores.Single(s => s.Slug == slug).Respondents.ToString(CultureInfo.InvariantCulture));
            page.ShouldContain($"href=\"/waves/2026/org/{slug}\"");
        }

        page.ShouldContain("href=\"/waves/2026/report.html?lang=nl\"");
        page.ShouldContain("href=\"/waves/2026/report.pdf?lang=nl\"");
        page.ShouldContain("href=\"/waves/2026/report.xlsx?lang=nl\"");
    }

    [Fact]
    public async Task The_wave_page_compares_with_the_previous_wave_and_draws_charts_as_data_images()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var now = await ScoresAsync(app, "2026");
        var before = await ScoresAsync(app, "2025");
        var dutch = await app.Client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative));
        var english = await app.Client.GetStringAsync(new Uri("/waves/2026?lang=en", UriKind.Relative));
        var first = await app.Client.GetStringAsync(new Uri("/waves/2025?lang=en", UriKind.Relative));

        var index = Change().Match(dutch);
        index.Success.ShouldBeTrue();
        var mean = (IEnumerable<double?> values) => values.OfType<double>().Average().ToString("N1", CultureInfo.GetCultureInfo("nl-NL"));
        index.Groups["before"].Value.ShouldBe(mean(before.Select(s => s.Index)));
        index.Groups["n1"].Value.ShouldBe(before.Count(s => s.Index is not null).ToString(CultureInfo.InvariantCulture));
        index.Groups["now"].Value.ShouldBe(mean(now.Select(s => s.Index)));
        index.Groups["n2"].Value.ShouldBe(now.Count(s => s.Index is not null).ToString(CultureInfo.InvariantCulture));
        dutch.ShouldContain("Verandering sinds ronde 2025");
        english.ShouldContain("Change since wave 2025");
        english.ShouldContain("Findings");
        first.ShouldContain("There is no earlier wave to compare with.");
        // 1 overview + 1 per precondition, each an image whose SVG is in a data: address.
        Regex.Count(WebUtility.HtmlDecode(dutch), "<img class=\"chart\" src=\"data:image/svg\\+xml;base64,").ShouldBeGreaterThanOrEqualTo(1 + Model.Preconditions.Count);
        dutch.ShouldNotContain("<svg xmlns");
    }

    [Fact]
    public async Task Answers_imported_after_a_visit_show_on_the_next_one()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);
        var before = await app.Client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative));

        var store = new SurveyStore(app.Database.Database);
        var wave = await store.FindWaveAsync("2026");
        await store.ImportAsync(wave!.Id, Model, [Answers("serpentijn", 5)]);
        var after = await app.Client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative));

        before.ShouldNotContain("serpentijn");
        after.ShouldContain("data-organisation=\"serpentijn\"");
    }

    [Fact]
    public async Task A_scorecard_page_names_its_organisation_and_no_other()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        foreach (var slug in Organisations)
        {
            using var response = await app.Client.GetAsync(new Uri($"/waves/2026/org/{slug}", UriKind.Relative));
            var page = await response.Content.ReadAsStringAsync();

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.ShouldContain(slug);
            foreach (var other in Organisations.Where(o => o != slug))
            {
                page.ShouldNotContain(other, Case.Insensitive, $"{slug}'s scorecard shows {other}");
            }

            WebUtility.HtmlDecode(page).ShouldContain("data:image/svg+xml;base64,");
            page.ShouldNotContain("<style");
        }
    }

    [Fact]
    public async Task The_organisation_page_links_its_latest_scorecard()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var page = await app.Client.GetStringAsync(new Uri("/org/kwarts", UriKind.Relative));

        page.ShouldContain("Scorecard ronde 2026");
        page.ShouldContain("href=\"/waves/2026/org/kwarts\"");
    }

    [Theory]
    [InlineData("/waves/2026/org/nobody")]
    [InlineData("/waves/1999/org/kwarts")]
    [InlineData("/waves/1999")]
    [InlineData("/waves/1999/report.html")]
    [InlineData("/waves/2026/report.docx")]
    public async Task Unknown_waves_organisations_and_formats_are_404(string path)
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_report_downloads_as_attachments_with_their_content_types()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        using var html = await app.Client.GetAsync(new Uri("/waves/2026/report.html?lang=en", UriKind.Relative));
        using var xlsx = await app.Client.GetAsync(new Uri("/waves/2026/report.xlsx?lang=nl", UriKind.Relative));

        html.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        html.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("pulse-2026-report.html");
        (await html.Content.ReadAsStringAsync()).ShouldContain("lang=\"en\"");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsx.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        workbook.Take(2).ShouldBe("PK"u8.ToArray(), "an XLSX is a zip");
    }

    [Fact]
    public async Task The_pdf_report_downloads_when_chromium_is_there()
    {
        if (!File.Exists("/usr/bin/chromium")) Assert.Skip("No Chromium: the PDF download answers 503 instead.");
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        using var pdf = await app.Client.GetAsync(new Uri("/waves/2026/report.pdf", UriKind.Relative));

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await pdf.Content.ReadAsByteArrayAsync()).Take(4).ShouldBe("%PDF"u8.ToArray());
    }

    [GeneratedRegex("<tr(?: class=\"(?<class>[^\"]*)\")? data-organisation=\"(?<slug>[^\"]+)\">\\s*<td class=\"n rank\">(?<rank>[^<]+)</td>\\s*<td>.*?</td>\\s*<td class=\"n respondents\">(?<n>[^<]+)</td>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<tr data-score=\"index\">\\s*<td>[^<]*</td>\\s*<td class=\"n\">(?<before>[^<]+)</td>\\s*<td class=\"n\">(?<n1>[^<]+)</td>\\s*<td class=\"n\">(?<now>[^<]+)</td>\\s*<td class=\"n\">(?<n2>[^<]+)</td>")]
    private static partial Regex Change();
}
