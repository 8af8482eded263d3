using OpenQA.Selenium;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>An open dashboard page follows a new message without being reloaded (issue 12: live updates).</summary>
public sealed class LiveBrowserTests
{
    [Fact]
    public async Task An_open_organisation_page_shows_a_new_message_within_a_few_seconds()
    {
        await using var app = await RunningApp.StartAsync(seed: db => new OrganisationStore(db.Database).AddAsync("lindeloo", "Gemeente Lindeloo", 1240));
        await LiveMessages.ImportAsync(app.Pulse, "lindeloo", 11);
        using var browser = Browser.Start(app);
        browser.Navigate().GoToUrl(new Uri(app.Address, "/org/lindeloo"));
        var before = browser.FindElement(By.CssSelector("#kpi-messages .value")).Text;
        // A marker on the page: if the browser reloaded the page instead of updating it, the marker would be gone.
        browser.ExecuteScript("document.body.setAttribute('data-test-marker', 'still here')");
        WaitUntil(() => browser.FindElement(By.TagName("main")).GetAttribute("data-live-state") == "open", TimeSpan.FromSeconds(10));

        await LiveMessages.ImportAsync(app.Pulse, "lindeloo", 12);
        var changed = WaitUntil(() => browser.FindElement(By.CssSelector("#kpi-messages .value")).Text == "2", TimeSpan.FromSeconds(5));

        before.ShouldBe("1");
        changed.ShouldBeTrue("the message count on the open page went from 1 to 2 without a reload");
        browser.FindElement(By.TagName("body")).GetAttribute("data-test-marker").ShouldBe("still here");
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (condition()) return true;
            }
            catch (StaleElementReferenceException)
            {
                // The <main> was swapped while we looked: look again.
            }
            catch (NoSuchElementException)
            {
            }

            Thread.Sleep(50);
        }

        return false;
    }
}
