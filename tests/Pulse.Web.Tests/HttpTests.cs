using System.Net;
using System.Text.Json;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Web.Tests;

public sealed class HttpTests
{
    private static Task Seed(TestDatabase database) =>
        new OrganisationStore(database.Database).AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", 1240);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Health_says_ok_and_names_the_database(string provider)
    {
        await using var app = await RunningApp.StartAsync(provider);

        using var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().ShouldBe("ok");
        json.RootElement.GetProperty("database").GetString().ShouldBe(provider);
    }

    [Fact]
    public async Task The_home_page_is_dutch_by_default_and_lists_the_organisations()
    {
        await using var app = await RunningApp.StartAsync(seed: Seed);

        using var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("<html lang=\"nl\">");
        html.ShouldContain("Organisaties");
        html.ShouldContain("Gemeente Lindeloo");
        html.ShouldContain("1.240");
    }

    [Fact]
    public async Task Lang_en_switches_to_english_and_is_remembered()
    {
        await using var app = await RunningApp.StartAsync(seed: Seed);

        using var english = await app.Client.GetAsync(new Uri("/?lang=en", UriKind.Relative));
        var cookie = english.Headers.GetValues("Set-Cookie").Single();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var remembered = await app.Client.SendAsync(request);

        var html = await english.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("Organisations");
        html.ShouldContain("1,240");
        (await remembered.Content.ReadAsStringAsync()).ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task The_browser_language_is_honoured_without_a_choice()
    {
        await using var app = await RunningApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Accept-Language", "en-GB,en;q=0.9");

        using var response = await app.Client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task The_stylesheet_is_served_locally()
    {
        await using var app = await RunningApp.StartAsync();

        using var page = await app.Client.GetAsync(new Uri("/", UriKind.Relative));
        using var css = await app.Client.GetAsync(new Uri("/assets/site.css", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        // No asset from elsewhere: every src and href is local.
        html.ShouldNotContain("http://", Case.Insensitive);
        html.ShouldNotContain("https://", Case.Insensitive);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_organisations_api_returns_json_and_404_for_an_unknown_slug(string provider)
    {
        await using var app = await RunningApp.StartAsync(provider, Seed);

        using var list = await app.Client.GetAsync(new Uri("/api/v1/orgs", UriKind.Relative));
        using var one = await app.Client.GetAsync(new Uri("/api/v1/orgs/gemeente-lindeloo", UriKind.Relative));
        using var missing = await app.Client.GetAsync(new Uri("/api/v1/orgs/nobody", UriKind.Relative));

        using var json = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var organisations = json.RootElement.GetProperty("organisations");
        organisations.GetArrayLength().ShouldBe(1);
        organisations[0].GetProperty("slug").GetString().ShouldBe("gemeente-lindeloo");
        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var own = JsonDocument.Parse(await one.Content.ReadAsStringAsync());
        own.RootElement.GetProperty("employees").GetInt32().ShouldBe(1240);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_unknown_page_is_a_404_page()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Deze pagina bestaat niet.");
    }
}
