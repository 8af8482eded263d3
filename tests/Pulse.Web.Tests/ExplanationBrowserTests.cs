using OpenQA.Selenium;

namespace Pulse.Web.Tests;

/// <summary>Every figure's explanation is one click away, without script (issue 11, item 4).</summary>
public sealed class ExplanationBrowserTests
{
    [Fact]
    public async Task Clicking_the_question_mark_of_participation_says_what_it_counts_over_which_period_and_n()
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);
        using var browser = Browser.Start(app);

        browser.Navigate().GoToUrl(new Uri(app.Address, "/org/gemeente-lindeloo?lang=en"));
        var kpi = browser.FindElement(By.Id("kpi-participation"));
        var body = kpi.FindElement(By.CssSelector("details.explain .explain-body"));
        var hiddenBefore = !body.Displayed;
        kpi.FindElement(By.CssSelector("details.explain > summary")).Click();
        var text = body.Text;
        var explained = browser.FindElements(By.CssSelector(".kpi details.explain")).Count;
        var kpis = browser.FindElements(By.CssSelector("section.kpis:not(#latest-scorecard) .kpi")).Count;

        hiddenBefore.ShouldBeTrue();
        text.ShouldContain("Share of the target group");
        // The seed: six people in the directory's target group; messages on 5 October, so the default period
        // is the 90 days up to the day after the latest message.
        text.ShouldContain("n = 6 people");
        text.ShouldContain("2026-07-08 – 2026-10-06");
        explained.ShouldBe(kpis, "every figure of the participation row has its explanation");
    }
}
