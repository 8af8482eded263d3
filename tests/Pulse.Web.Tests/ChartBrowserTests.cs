using System.Collections.ObjectModel;

namespace Pulse.Web.Tests;

/// <summary>The charts really show in a browser that enforces the app's Content-Security-Policy.</summary>
public sealed class ChartBrowserTests
{
    [Fact]
    public async Task Every_chart_image_loads_with_the_security_policy_in_force()
    {
        await using var app = await RunningApp.StartAsync(seed: WaveDashboardTests.SeedAsync);
        using var head = await app.Client.GetAsync(new Uri("/waves/2026", UriKind.Relative));
        head.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("style-src 'self'");
        using var browser = Browser.Start(app);

        foreach (var page in new[] { "/waves/2026", "/waves/2026?lang=en", "/waves/2026/org/kwarts" })
        {
            browser.Navigate().GoToUrl(new Uri(app.Address, page));
            // Image loading is done once the document has loaded; the script only reads what the browser did.
            var images = (ReadOnlyCollection<object>)browser.ExecuteScript(
                "return [...document.querySelectorAll('img.chart')].map(i => [i.complete, i.naturalWidth, i.getBoundingClientRect().width]);")!;

            images.Count.ShouldBeGreaterThan(0, page);
            foreach (var image in images.Cast<ReadOnlyCollection<object>>())
            {
                ((bool)image[0]).ShouldBeTrue(page);
                Convert.ToInt64(image[1], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, $"{page}: a chart image did not load");
                Convert.ToDouble(image[2], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, page);
            }
        }
    }

    [Fact]
    public async Task The_participation_charts_of_the_organisation_page_load_with_the_security_policy_in_force()
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);
        using var browser = Browser.Start(app);

        browser.Navigate().GoToUrl(new Uri(app.Address, "/org/gemeente-lindeloo?lang=en"));
        var images = (ReadOnlyCollection<object>)browser.ExecuteScript(
            "return [...document.querySelectorAll('img.chart')].map(i => [i.alt, i.naturalWidth]);")!;

        var charts = images.Cast<ReadOnlyCollection<object>>().ToList();
        charts.Select(c => (string)c[0]).ShouldBe(["Participation per week", "Participation per department per week"]);
        foreach (var chart in charts) Convert.ToInt64(chart[1], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, (string)chart[0]);
    }

    [Fact]
    public async Task The_wave_page_reads_without_javascript()
    {
        await using var app = await RunningApp.StartAsync(seed: WaveDashboardTests.SeedAsync);

        var page = await app.Client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative));

        page.ShouldNotContain("<script", Case.Insensitive);
        page.ShouldContain("id=\"scores\"");
    }
}
