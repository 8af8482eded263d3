using System.Net;
using System.Text.RegularExpressions;

namespace Pulse.Web.Tests;

/// <summary>
/// The organisation page's period: a period that cannot be read or is empty is answered with the
/// page, the form as typed and a message, status 400; never figures for another period, never 500.
/// The seeded data's latest message is on 2026-10-05, so without a choice the period ends on
/// 2026-10-06 (the end date is not included) and starts 90 days earlier.
/// </summary>
public sealed class PeriodTests
{
    [Theory]
    [InlineData("from=2026-13-01", "2026-13-01")]
    [InlineData("to=2026-02-30", "2026-02-30")]
    [InlineData("from=vorige%20week", "vorige week")]
    [InlineData("from=05-10-2026", "05-10-2026")]
    [InlineData("from=0001-01-01&to=2026-10-06", "0001-01-01")]
    public async Task An_unreadable_date_is_400_with_the_page_the_typed_text_and_a_message(string query, string typed)
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);

        using var response = await app.Client.GetAsync(new Uri($"/org/gemeente-lindeloo?{query}", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("<h1>Gemeente Lindeloo</h1>");
        html.ShouldContain("<form class=\"period\"");
        html.ShouldContain($"value=\"{typed}\"");
        html.ShouldContain($"‘{typed}’ is geen datum");
        html.ShouldNotContain("Doelgroep actief"); // no figures for a period nobody asked for
    }

    [Fact]
    public async Task A_reversed_period_is_400_with_both_dates_kept_and_a_message()
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);

        using var response = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo?from=2026-05-01&to=2026-01-01", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("value=\"2026-05-01\"");
        html.ShouldContain("value=\"2026-01-01\"");
        html.ShouldContain("Deze periode is leeg");
        html.ShouldNotContain("Doelgroep actief");
    }

    [Theory]
    [InlineData("from=2026-10-06&to=2026-10-06")] // the end date is not included: nothing left
    [InlineData("from=2026-11-01")] // after the default end, the day after the latest message
    [InlineData("from=2026-10-06")] // the default end itself
    public async Task An_empty_period_is_400_even_when_one_end_is_the_default(string query)
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);

        using var response = await app.Client.GetAsync(new Uri($"/org/gemeente-lindeloo?{query}&lang=en", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("This period is empty");
    }

    [Fact]
    public async Task The_message_is_in_the_chosen_language()
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);

        using var response = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo?to=yesterday&lang=en", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("To: ‘yesterday’ is not a date");
    }

    [Fact]
    public async Task Empty_fields_mean_not_chosen_and_a_valid_period_shows_its_figures()
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);

        using var empty = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo?from=&to=", UriKind.Relative));
        using var chosen = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo?from=2026-10-01&to=2026-10-08", UriKind.Relative));
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        var chosenHtml = await chosen.Content.ReadAsStringAsync();

        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        emptyHtml.ShouldContain("value=\"2026-07-08\""); // 90 days before 2026-10-06
        emptyHtml.ShouldContain("33,3 %");
        chosen.StatusCode.ShouldBe(HttpStatusCode.OK);
        chosenHtml.ShouldContain("value=\"2026-10-01\"");
        chosenHtml.ShouldContain("value=\"2026-10-08\"");
        chosenHtml.ShouldContain("33,3 %");
    }

    [Theory]
    [InlineData("/org/gemeente-lindeloo?from=2026-10-01&to=2026-10-08", "/org/gemeente-lindeloo?from=2026-10-01&to=2026-10-08&lang=en")]
    [InlineData("/org/gemeente-lindeloo?lang=en&from=2026-10-01&to=2026-10-08", "/org/gemeente-lindeloo?from=2026-10-01&to=2026-10-08&lang=nl")]
    [InlineData("/org/gemeente-lindeloo?from=2026-05-01&to=2026-01-01", "/org/gemeente-lindeloo?from=2026-05-01&to=2026-01-01&lang=en")]
    [InlineData("/", "/?lang=en")]
    [InlineData("/waves/2026?lang=en", "/waves/2026?lang=nl")]
    public async Task The_language_switch_keeps_the_chosen_period(string page, string expected)
    {
        await using var app = await RunningApp.StartAsync(seed: async db =>
        {
            await OrganisationPageTests.SeedAsync(db);
            await WavePageTests.SeedAsync(db);
        });

        var html = await (await app.Client.GetAsync(new Uri(page, UriKind.Relative))).Content.ReadAsStringAsync();

        var link = Regex.Match(html, "<a class=\"lang\" href=\"([^\"]*)\"");
        link.Success.ShouldBeTrue();
        WebUtility.HtmlDecode(link.Groups[1].Value).ShouldBe(expected);
    }
}
