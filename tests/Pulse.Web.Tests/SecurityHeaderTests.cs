using System.Net;
using System.Text.RegularExpressions;

namespace Pulse.Web.Tests;

/// <summary>Every response tells the browser to run nothing but Pulse's own files and not to be framed.</summary>
public sealed class SecurityHeaderTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/org/gemeente-lindeloo?from=2026-13-01")]
    [InlineData("GET", "/no/such/page")]
    [InlineData("GET", "/assets/site.css")]
    [InlineData("GET", "/api/v1/orgs")]
    [InlineData("GET", "/api/v1/orgs/nobody")]
    [InlineData("GET", "/openapi/v1.json")]
    [InlineData("GET", "/healthz")]
    [InlineData("POST", "/")]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        await using var app = await RunningApp.StartAsync(seed: OrganisationPageTests.SeedAsync);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await app.Client.SendAsync(request);

        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        directives.ShouldContain("default-src 'self'");
        directives.ShouldContain("script-src 'self'");
        directives.ShouldContain("style-src 'self'");
        directives.ShouldContain("frame-ancestors 'none'");
        directives.ShouldContain("base-uri 'self'");
        directives.ShouldContain("form-action 'self'");
        csp.ShouldNotContain("unsafe-inline");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff");
        Header(response, "Referrer-Policy").ShouldBe("no-referrer");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/org/gemeente-lindeloo")]
    [InlineData("/org/gemeente-lindeloo?from=2026-05-01&to=2026-01-01")]
    [InlineData("/waves/2026")]
    [InlineData("/no/such/page")]
    public async Task No_page_needs_inline_style_or_script_that_the_policy_would_block(string path)
    {
        await using var app = await RunningApp.StartAsync(seed: async db =>
        {
            await OrganisationPageTests.SeedAsync(db);
            await WavePageTests.SeedAsync(db);
        });

        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
        html.ShouldNotContain("style=", Case.Insensitive);
        html.ShouldNotContain("<style", Case.Insensitive);
        // Only the same-origin live-update script of organisation pages (docs/live.md), never inline script.
        html.Replace(LiveScript, "", StringComparison.Ordinal).ShouldNotContain("<script", Case.Insensitive);
        Regex.IsMatch(html, @"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase).ShouldBeFalse("no onclick= and the like");
    }

    private const string LiveScript = "<script src=\"/assets/live.js\" defer></script>";

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new ShouldAssertException($"{name} is missing.");
}
