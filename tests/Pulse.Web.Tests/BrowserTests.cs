using OpenQA.Selenium;
using Pulse.Storage;

namespace Pulse.Web.Tests;

public sealed class BrowserTests
{
    [Fact]
    public async Task A_person_sees_the_organisations_and_switches_to_english()
    {
        await using var app = await RunningApp.StartAsync(seed: async db =>
        {
            var store = new OrganisationStore(db.Database);
            await store.AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", 1240);
            await store.AddAsync("waterschap-rijnvliet", "Waterschap Rijnvliet", 720);
        });
        using var browser = Browser.Start(app);

        browser.Navigate().GoToUrl(app.Address);
        var dutchHeading = browser.FindElement(By.Id("organisations-heading")).Text;
        var rows = browser.FindElements(By.CssSelector("#organisations tbody tr"));
        var names = rows.Select(r => r.FindElement(By.CssSelector("td")).Text).ToList();
        browser.FindElement(By.CssSelector("a.lang")).Click();
        var englishHeading = browser.FindElement(By.Id("organisations-heading")).Text;
        // The stylesheet really applied: the header is laid out as a flex row.
        var display = browser.FindElement(By.CssSelector("header.top")).GetCssValue("display");

        dutchHeading.ShouldBe("Organisaties");
        names.ShouldBe(["Gemeente Lindeloo", "Waterschap Rijnvliet"]);
        englishHeading.ShouldBe("Organisations");
        display.ShouldBe("flex");
    }
}
