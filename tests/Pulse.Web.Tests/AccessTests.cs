using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pulse.Application.Access;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>Sign-in, roles, tokens and tenant isolation through real HTTP (issue 11, item 1 and its acceptance).</summary>
public sealed class AccessTests
{
    private const string Own = "gemeente-lindeloo";
    private const string Other = "waterschap-rijnvliet";
    private const string AnalystEmail = "analist@lindeloo.test";
    private const string AnalystPassword = "een lang genoeg wachtwoord";

    private static Task<RunningApp> StartAsync(string provider = "sqlite") => RunningApp.StartAsync(provider, async db =>
    {
        var store = new OrganisationStore(db.Database);
        await store.AddAsync(Own, "Gemeente Lindeloo", 1240);
        await store.AddAsync(Other, "Waterschap Rijnvliet", 720);
        await new SurveyStore(db.Database).CreateWaveAsync("2026", "v1");
    });

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_the_api_answers_401()
    {
        await using var app = await StartAsync();
        using var pages = app.NewClient(followRedirects: false);

        using var home = await pages.GetAsync("/");
        using var organisation = await pages.GetAsync($"/org/{Own}");
        using var api = await pages.GetAsync("/api/v1/orgs");
        using var signIn = await pages.GetAsync("/signin");
        using var health = await pages.GetAsync("/healthz");

        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.OriginalString.ShouldStartWith($"{app.Address.GetLeftPart(UriPartial.Authority)}/signin?ReturnUrl=%2F");
        organisation.Headers.Location!.OriginalString.ShouldContain($"ReturnUrl=%2Forg%2F{Own}");
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        api.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Pulse.Testing.TestDatabase.Providers), MemberType = typeof(Pulse.Testing.TestDatabase))]
    public async Task A_token_reads_its_own_organisation_and_not_another(string provider)
    {
        await using var app = await StartAsync(provider);
        var token = await app.Pulse.Access.CreateTokenAsync(Own, "intranet");
        using var client = app.NewClient(followRedirects: false);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        using var own = await client.GetAsync($"/api/v1/orgs/{Own}");
        using var other = await client.GetAsync($"/api/v1/orgs/{Other}");
        using var list = await client.GetAsync("/api/v1/orgs");
        using var waves = await client.GetAsync("/api/v1/waves");
        using var page = await client.GetAsync($"/org/{Own}");
        var listed = await list.Content.ReadAsStringAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret + "x");
        using var forged = await client.GetAsync($"/api/v1/orgs/{Own}");
        await app.Pulse.Access.RevokeTokenAsync(Own, "intranet");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        using var revoked = await client.GetAsync($"/api/v1/orgs/{Own}");

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        other.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        listed.ShouldContain(Own);
        listed.ShouldNotContain(Other);
        waves.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the study-wide routes are for administrators");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a token opens the API, not the pages");
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        revoked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_reads_its_own_participation_and_not_another_organisations()
    {
        await using var app = await RunningApp.StartAsync(seed: async db =>
        {
            await OrganisationPageTests.SeedAsync(db);
            await new OrganisationStore(db.Database).AddAsync(Other, "Waterschap Rijnvliet", 720);
        });
        var token = await app.Pulse.Access.CreateTokenAsync("gemeente-lindeloo", "intranet");
        using var client = app.NewClient(followRedirects: false);

        using var none = await client.GetAsync("/api/v1/orgs/gemeente-lindeloo/participation");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        using var own = await client.GetAsync("/api/v1/orgs/gemeente-lindeloo/participation");
        using var other = await client.GetAsync($"/api/v1/orgs/{Other}/participation");
        using var document = System.Text.Json.JsonDocument.Parse(await own.Content.ReadAsStringAsync());

        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The seed: 2 of the 6 people in the target group wrote a message.
        document.RootElement.GetRawText().ShouldContain("\"activeInTargetGroup\":2");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_organisations_404_reads_exactly_like_that_of_an_organisation_that_does_not_exist()
    {
        await using var app = await StartAsync();
        var token = await app.Pulse.Access.CreateTokenAsync(Own, "intranet");
        using var client = app.NewClient(followRedirects: false);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);

        using var existing = await client.GetAsync($"/api/v1/orgs/{Other}/participation");
        using var missing = await client.GetAsync("/api/v1/orgs/bestaat-niet/participation");
        var existingBody = (await existing.Content.ReadAsStringAsync()).Replace(Other, "SLUG", StringComparison.Ordinal);
        var missingBody = (await missing.Content.ReadAsStringAsync()).Replace("bestaat-niet", "SLUG", StringComparison.Ordinal);

        existing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Only a trace id may differ between two answers.
        System.Text.RegularExpressions.Regex.Replace(existingBody, "\"traceId\":\"[^\"]*\"", "")
            .ShouldBe(System.Text.RegularExpressions.Regex.Replace(missingBody, "\"traceId\":\"[^\"]*\"", ""));
    }

    [Fact]
    public async Task An_analyst_gets_404_on_every_route_of_another_organisation_and_of_the_study()
    {
        await using var app = await StartAsync();
        await app.Pulse.Access.AddUserAsync(AnalystEmail, Roles.Analyst, [Own], AnalystPassword);
        using var analyst = app.NewClient(followRedirects: false);
        (await app.SignInAsync(analyst, AnalystEmail, AnalystPassword)).ShouldBe(HttpStatusCode.Redirect);
        // Every GET route the app has, filled in for the other organisation: derived from the app, so a route added later is checked too.
        var routes = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!)
            .Where(p => p.Contains("{slug}", StringComparison.Ordinal) || p.StartsWith("/waves", StringComparison.Ordinal) || p.StartsWith("/api/v1/waves", StringComparison.Ordinal))
            .ToList();

        var answers = new List<(string Path, HttpStatusCode Status)>();
        foreach (var pattern in routes)
        {
            var path = pattern.Replace("{slug}", Other, StringComparison.Ordinal).Replace("{code}", "2026", StringComparison.Ordinal)
                .Replace("{format}", "html", StringComparison.Ordinal).Replace("{id}", "2026", StringComparison.Ordinal);
            using var response = await analyst.GetAsync(path);
            answers.Add((path, response.StatusCode));
        }

        using var ownPage = await analyst.GetAsync($"/org/{Own}");
        using var ownApi = await analyst.GetAsync($"/api/v1/orgs/{Own}");
        var home = await (await analyst.GetAsync("/")).Content.ReadAsStringAsync();

        routes.Count.ShouldBeGreaterThan(10, "the dashboard's organisation and wave routes were found");
        answers.ShouldAllBe(a => a.Status == HttpStatusCode.NotFound, string.Join(", ", answers.Select(a => $"{a.Path} {(int)a.Status}")));
        ownPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        ownApi.StatusCode.ShouldBe(HttpStatusCode.OK);
        home.ShouldContain("Gemeente Lindeloo");
        home.ShouldNotContain("Waterschap Rijnvliet");
    }

    [Fact]
    public async Task The_administrator_sees_every_organisation_and_the_waves()
    {
        await using var app = await StartAsync();

        using var other = await app.Client.GetAsync($"/org/{Other}");
        using var wave = await app.Client.GetAsync("/waves/2026");
        var home = await app.Client.GetStringAsync("/");

        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        wave.StatusCode.ShouldBe(HttpStatusCode.OK);
        home.ShouldContain("Gemeente Lindeloo");
        home.ShouldContain("Waterschap Rijnvliet");
        home.ShouldContain(RunningApp.AdminEmail);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await using var app = await StartAsync();
        await app.Pulse.Access.AddUserAsync(AnalystEmail, Roles.Analyst, [Own], AnalystPassword);
        using var client = app.NewClient(followRedirects: false);

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < AccessService.LockoutAttempts; i++) wrong.Add(await app.SignInAsync(client, AnalystEmail, "niet het wachtwoord " + i));
        var right = await app.SignInAsync(client, AnalystEmail, AnalystPassword);
        using var page = await client.GetAsync($"/org/{Own}");
        var stored = (await app.Pulse.Access.UsersAsync()).Single(u => u.Email == AnalystEmail);

        wrong.ShouldAllBe(s => s == HttpStatusCode.OK, "a wrong password shows the form again");
        right.ShouldBe(HttpStatusCode.OK, "the right password does not sign in while the account is locked");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stored.LockedUntil.ShouldNotBeNull();
        stored.LockedUntil!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_rate_limited()
    {
        await using var app = await StartAsync();
        using var client = app.NewClient(followRedirects: false);

        var statuses = new List<HttpStatusCode>();
        // The test administrator's own sign-in used one attempt of this address's minute.
        for (var i = 0; i < 12; i++) statuses.Add(await app.SignInAsync(client, $"niemand{i}@pulse.test", "een verkeerd wachtwoord"));

        statuses.Take(9).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(9).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        await using var app = await StartAsync();
        await app.Pulse.Access.AddUserAsync(AnalystEmail, Roles.Analyst, [Own], AnalystPassword);
        using var client = app.NewClient(followRedirects: false);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = AnalystEmail, ["password"] = AnalystPassword });

        using var response = await client.PostAsync("/signin", form);
        using var signOut = await app.Client.PostAsync("/signout", new FormUrlEncodedContent([]));
        using var stillIn = await app.Client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        signOut.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a cross-site sign-out is refused too");
        stillIn.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_one_time_password_must_be_replaced_before_anything_else()
    {
        await using var app = await StartAsync();
        var added = await app.Pulse.Access.AddUserAsync(AnalystEmail, Roles.Analyst, [Own]);
        using var client = app.NewClient(followRedirects: false);

        var signIn = await app.SignInAsync(client, AnalystEmail, added.OneTimePassword);
        using var before = await client.GetAsync($"/org/{Own}");
        var token = await RunningApp.AntiforgeryTokenAsync(client, "/account/password");
        using var change = await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["current"] = added.OneTimePassword,
            ["replacement"] = AnalystPassword,
            ["repeat"] = AnalystPassword,
        }));
        using var after = await client.GetAsync($"/org/{Own}");
        using var fresh = app.NewClient(followRedirects: false);
        var withNew = await app.SignInAsync(fresh, AnalystEmail, AnalystPassword);
        using var freshPage = await fresh.GetAsync($"/org/{Own}");

        signIn.ShouldBe(HttpStatusCode.Redirect);
        before.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        before.Headers.Location!.OriginalString.ShouldBe("/account/password");
        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        withNew.ShouldBe(HttpStatusCode.Redirect);
        freshPage.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Removing_a_user_ends_their_session_at_once()
    {
        await using var app = await StartAsync();
        await app.Pulse.Access.AddUserAsync(AnalystEmail, Roles.Analyst, [Own], AnalystPassword);
        using var client = app.NewClient(followRedirects: false);
        await app.SignInAsync(client, AnalystEmail, AnalystPassword);

        using var before = await client.GetAsync($"/org/{Own}");
        await app.Pulse.Access.RemoveUserAsync(AnalystEmail);
        using var after = await client.GetAsync($"/org/{Own}");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain("/signin");
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        await using var app = await StartAsync();
        using var client = app.NewClient(followRedirects: false);
        var token = await RunningApp.AntiforgeryTokenAsync(client, "/signin");

        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = RunningApp.AdminEmail,
            ["password"] = RunningApp.AdminPassword,
        }));
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pulse-session=", StringComparison.Ordinal)).ToLowerInvariant();

        session.ShouldContain("httponly");
        session.ShouldContain("samesite=lax");
        session.ShouldNotContain("secure", customMessage: "plain HTTP on loopback: Secure only over HTTPS");
    }

    [Fact]
    public async Task A_sign_in_link_never_sends_anyone_to_another_site()
    {
        await using var app = await StartAsync();
        using var client = app.NewClient(followRedirects: false);
        var token = await RunningApp.AntiforgeryTokenAsync(client, "/signin");

        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = RunningApp.AdminEmail,
            ["password"] = RunningApp.AdminPassword,
            ["returnUrl"] = "//evil.example/phish",
        }));

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
