using System.Net;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>Pages are read-only: GET and HEAD answer, every other method is 405 with an Allow header.</summary>
public sealed class ReadOnlyMethodTests
{
    private static async Task SeedAsync(TestDatabase test)
    {
        await OrganisationPageTests.SeedAsync(test);
        await WavePageTests.SeedAsync(test);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/?lang=en", HttpStatusCode.OK)]
    [InlineData("/org/gemeente-lindeloo", HttpStatusCode.OK)]
    [InlineData("/waves/2026", HttpStatusCode.OK)]
    [InlineData("/api/v1/orgs", HttpStatusCode.OK)]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/participation", HttpStatusCode.OK)]
    [InlineData("/api/v1/orgs/nobody", HttpStatusCode.NotFound)]
    [InlineData("/api/nothing", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/assets/site.css", HttpStatusCode.OK)]
    [InlineData("/org/nobody", HttpStatusCode.NotFound)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Head_answers_like_get_without_a_body(string path, HttpStatusCode expected)
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));

        using var response = await app.Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.ShouldBe(expected);
        body.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/org/gemeente-lindeloo")]
    [InlineData("PATCH", "/waves/2026")]
    [InlineData("POST", "/no/such/page")]
    [InlineData("POST", "/api/v1/orgs")]
    [InlineData("DELETE", "/api/v1/orgs/gemeente-lindeloo")]
    [InlineData("PUT", "/api/v1/waves/2026/scores")]
    [InlineData("POST", "/api/nothing")]
    public async Task Other_methods_are_405_with_an_allow_header(string method, string path)
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent("x"),
        };

        using var response = await app.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        var allowed = response.Content.Headers.Allow;
        allowed.OrderBy(m => m, StringComparer.Ordinal).ShouldBe(["GET", "HEAD"]);
    }
}
