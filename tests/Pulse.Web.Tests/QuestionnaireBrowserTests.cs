using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Pulse.Maturity.Model;
using Pulse.Maturity.Questionnaire;
using static Pulse.Web.Tests.SurveyForms;

namespace Pulse.Web.Tests;

/// <summary>A respondent on a phone opens the invitation link, fills in every page, submits, and the score appears on the scorecard.</summary>
public sealed class QuestionnaireBrowserTests
{
    /// <summary>
    /// Usage: 4 on every statement, reverse-coded ones too (item scores 75 and 25); every other
    /// question at its strongest answer (100).
    /// </summary>
    private static IEnumerable<string> Answer(Item item) => item.Scale == Scale.Likert5 ? ["4"] : High(item);

    [Fact]
    public async Task A_respondent_fills_in_the_questionnaire_and_the_score_appears_on_the_scorecard()
    {
        List<string> tokens = [];
        await using var app = await RunningApp.StartAsync(seed: async db => tokens = await SeedAsync(db));
        using var browser = Browser.Start();
        browser.Manage().Window.Size = new Size(390, 844);
        var form = new QuestionnaireForm(Model);
        var progress = new List<string>();
        var overflow = new List<string>();

        browser.Navigate().GoToUrl(new Uri(app.Address, "/survey/" + tokens[0]));
        foreach (var step in form.Steps)
        {
            progress.Add(browser.FindElement(By.Id("step-of")).Text);
            foreach (var item in step.Items)
            {
                Fill(browser, item, [.. Answer(item)]);
            }

            if (Wider(browser)) overflow.Add(browser.Url);
            if (step.Number == 2) Screenshot(browser, "questionnaire-step-2-phone");
            ClickAndWait(browser, "next", step.Number < form.Steps.Count ? $"/{step.Number + 1}" : "/review");
        }

        var review = browser.FindElement(By.TagName("h1")).Text;
        ClickAndWait(browser, "submit", "/survey/" + tokens[0]);
        var thanks = browser.FindElement(By.TagName("h1")).Text;
        Screenshot(browser, "questionnaire-submitted-phone");
        // The respondent needed no account; the scorecard is for someone who signs in.
        Browser.SignIn(browser, app, RunningApp.AdminEmail, RunningApp.AdminPassword);
        browser.Navigate().GoToUrl(new Uri(app.Address, "/waves/2026/org/lindeloo"));
        var headline = browser.FindElement(By.CssSelector("p.headline")).Text;
        Screenshot(browser, "questionnaire-scorecard-phone");

        progress.ShouldBe(["Stap 1 van 5", "Stap 2 van 5", "Stap 3 van 5", "Stap 4 van 5", "Stap 5 van 5"]);
        overflow.ShouldBeEmpty();
        review.ShouldBe("Overzicht");
        thanks.ShouldBe("Bedankt!");
        // By hand (maturity-model.md): Likert 4 scores (4 − 1) / 4 × 100 = 75, reverse-coded (5 − 4) / 4 × 100 = 25.
        // Usage's two 4-item constructs (3 + 1 reverse): (3 × 75 + 25) / 4 = 62.5; its five 3-item
        // constructs (2 + 1 reverse): (2 × 75 + 25) / 3 = 175/3. Usage = (2 × 62.5 + 5 × 175/3) / 7 = 1250/21 ≈ 59.52.
        // Goals, Organisation, Integration: every item at 100, so 100 each.
        // Index = (1250/21 + 300) / 4 = 7550/84 ≈ 89.88 → "89,9". Its stage would be 5 (≥ 80), but the
        // weakest precondition (59.52) is stage 3, and a stage is at most one above that: stage 4.
        headline.ShouldBe("Maturity-index: 89,9 · Fase 4 van 5: Integreren");
    }

    private static void Fill(ChromeDriver browser, Item item, IReadOnlyList<string> values)
    {
        if (item.Scale == Scale.Percent)
        {
            var field = browser.FindElement(By.CssSelector($"input[name='{item.Id}']"));
            field.Clear();
            field.SendKeys(values[0]);
            return;
        }

        foreach (var value in values)
        {
            var input = browser.FindElement(By.CssSelector($"input[name='{item.Id}'][value='{value}']"));
            if (!input.Selected) input.Click();
        }
    }

    /// <summary>Clicks a submit button and waits for the redirect to land on an address ending in <paramref name="path"/>.</summary>
    private static void ClickAndWait(ChromeDriver browser, string id, string path)
    {
        browser.FindElement(By.Id(id)).Click();
        new WebDriverWait(browser, TimeSpan.FromSeconds(20)).Until(b => b.Url.EndsWith(path, StringComparison.Ordinal) && b.FindElements(By.TagName("h1")).Count > 0);
    }

    private static bool Wider(ChromeDriver browser) =>
        (long)browser.ExecuteScript("return document.documentElement.scrollWidth;")! > (long)browser.ExecuteScript("return document.documentElement.clientWidth;")!;

    /// <summary>Kept under artifacts/screenshots (ignored by git; CI keeps it as an artefact).</summary>
    private static void Screenshot(ChromeDriver browser, string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Pulse.slnx"))) root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        browser.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }
}
