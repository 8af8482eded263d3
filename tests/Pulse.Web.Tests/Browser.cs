using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Pulse.Web.Tests;

/// <summary>
/// Headless Chromium through Selenium, using Debian's chromium and chromium-driver. Without them
/// the browser tests skip (locally) or fail (in CI, where .ci/run installs them).
/// </summary>
public static class Browser
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Driver = "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        if (!File.Exists(Chromium) || !File.Exists(Driver))
        {
            const string how = "install Debian's chromium and chromium-driver (.ci/run does)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"Browser tests must run in CI: {how}.");
            }

            Assert.Skip($"Browser tests skipped: {how}.");
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--lang=nl-NL", $"--user-data-dir={Directory.CreateTempSubdirectory("pulse-chromium").FullName}");
        // A Dutch browser, like most of Pulse's users.
        options.AddUserProfilePreference("intl.accept_languages", "nl-NL,nl");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>A browser signed in as <paramref name="app"/>'s administrator through the sign-in form.</summary>
    public static ChromeDriver Start(RunningApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = Start();
        SignIn(browser, app, RunningApp.AdminEmail, RunningApp.AdminPassword);
        return browser;
    }

    public static void SignIn(ChromeDriver browser, RunningApp app, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(app);
        browser.Navigate().GoToUrl(new Uri(app.Address, "/signin"));
        browser.FindElement(By.Id("email")).SendKeys(email);
        browser.FindElement(By.Id("password")).SendKeys(password);
        browser.FindElement(By.Id("signin")).Click();
        // The next navigation must not overtake the form's answer, which sets the session cookie.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (new Uri(browser.Url).AbsolutePath == "/signin" && DateTime.UtcNow < deadline) Thread.Sleep(50);
        if (new Uri(browser.Url).AbsolutePath == "/signin") throw new InvalidOperationException($"Signing in as {email} did not leave the sign-in page.");
    }
}
