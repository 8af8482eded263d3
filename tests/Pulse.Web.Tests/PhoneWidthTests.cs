using System.Drawing;

namespace Pulse.Web.Tests;

/// <summary>On a phone (390 px wide) no page scrolls sideways; wide tables scroll inside their own box.</summary>
public sealed class PhoneWidthTests
{
    [Fact]
    public async Task Pages_fit_a_390_pixel_wide_phone_without_horizontal_scrolling()
    {
        await using var app = await RunningApp.StartAsync(seed: async db =>
        {
            await OrganisationPageTests.SeedAsync(db);
            await WaveDashboardTests.SeedAsync(db);
        });
        using var browser = Browser.Start(app);
        browser.Manage().Window.Size = new Size(390, 844);
        var pages = new[]
        {
            "/", "/?lang=en", "/org/gemeente-lindeloo", "/org/gemeente-lindeloo?lang=en",
            "/org/gemeente-lindeloo?from=2026-13-01&to=2026-01-01", "/waves/2026", "/waves/2026?lang=en",
            "/waves/2026/org/kwarts", "/org/gemeente-lindeloo/groups", "/org/gemeente-lindeloo/search?q=vraag", "/org/gemeente-lindeloo/groups?lang=en", "/waves/2026/org/porfier?lang=en", "/org/kwarts", "/waves/1999/report.html",
        };

        var widths = new List<(string Page, long Scroll, long Client)>();
        foreach (var page in pages)
        {
            browser.Navigate().GoToUrl(new Uri(app.Address, page));
            var scroll = (long)browser.ExecuteScript("return document.documentElement.scrollWidth;")!;
            var client = (long)browser.ExecuteScript("return document.documentElement.clientWidth;")!;
            widths.Add((page, scroll, client));
        }

        widths.ShouldAllBe(w => w.Client <= 390, "the window really is phone-sized");
        widths.ShouldAllBe(w => w.Scroll <= w.Client, string.Join("; ", widths.Select(w => $"{w.Page}: {w.Scroll} > {w.Client}")));
    }
}
