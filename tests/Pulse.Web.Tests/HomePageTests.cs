using System.Net;
using System.Text.RegularExpressions;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>Pages speak to people who read figures, not to whoever runs the command line.</summary>
public sealed class HomePageTests
{
    [Fact]
    public async Task The_home_page_names_organisations_by_name_not_by_slug()
    {
        await using var app = await RunningApp.StartAsync(seed: db =>
            new OrganisationStore(db.Database).AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", 1240));

        var text = VisibleText(await app.Client.GetStringAsync(new Uri("/", UriKind.Relative)));

        text.ShouldContain("Gemeente Lindeloo");
        text.ShouldNotContain("gemeente-lindeloo");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?lang=en")]
    [InlineData("/org/gemeente-lindeloo?from=2025-01-01&to=2025-02-01")]
    [InlineData("/org/gemeente-lindeloo?from=2025-01-01&to=2025-02-01&lang=en")]
    public async Task No_page_gives_command_line_hints_or_a_menu_item_for_the_api(string path)
    {
        // An organisation without messages: the page where a hint to import used to appear.
        await using var app = await RunningApp.StartAsync(seed: db =>
            new OrganisationStore(db.Database).AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", 1240));
        await using var empty = await RunningApp.StartAsync();

        foreach (var client in new[] { app.Client, empty.Client })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            if (response.StatusCode == HttpStatusCode.NotFound) continue; // the empty database has no organisation
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            Regex.IsMatch(VisibleText(html), @"\bpulse\s+(org|demo|wave|import|survey|score|serve|monitor|directory)\b", RegexOptions.IgnoreCase)
                .ShouldBeFalse(html);
            html.ShouldNotContain("`");
            html.ShouldNotContain("href=\"/api");
        }
    }

    [Fact]
    public async Task An_empty_database_says_so_without_commands()
    {
        await using var app = await RunningApp.StartAsync();

        var text = VisibleText(await app.Client.GetStringAsync(new Uri("/", UriKind.Relative)));

        text.ShouldContain("Nog geen organisaties");
        text.ShouldContain("Nog geen benchmarkrondes");
    }

    private static string VisibleText(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " "));
}
