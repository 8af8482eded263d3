using System.Net;
using System.Text.Json;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>Bad input to /api/v1 is answered with problem details (RFC 9457) that name what was wrong.</summary>
public sealed class ApiV1ProblemTests
{
    private static async Task SeedAsync(TestDatabase test)
    {
        await OrganisationPageTests.SeedAsync(test);
        await WavePageTests.SeedAsync(test);
    }

    private static async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> GetAsync(RunningApp app, string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(text);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, json.RootElement.Clone());
    }

    [Theory]
    [InlineData("/api/v1/orgs/nobody", "slug")]
    [InlineData("/api/v1/orgs/nobody/participation", "slug")]
    [InlineData("/api/v1/orgs/nobody/themes", "slug")]
    [InlineData("/api/v1/orgs/nobody/trends", "slug")]
    [InlineData("/api/v1/orgs/nobody/experts?q=x", "slug")]
    [InlineData("/api/v1/orgs/nobody/scorecard?wave=2026", "slug")]
    [InlineData("/api/v1/orgs/nobody/reality?wave=2026", "slug")]
    [InlineData("/api/v1/orgs/nobody/alerts", "slug")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/scorecard?wave=1999", "wave")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/reality?wave=1999", "wave")]
    [InlineData("/api/v1/waves/1999/scores", "id")]
    [InlineData("/api/v1/waves/1999/benchmark", "id")]
    [InlineData("/api/v1/waves/2026/benchmark?compare=1999", "compare")]
    public async Task Unknown_organisations_and_waves_are_404_problems_naming_the_parameter(string path, string parameter)
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var (status, mediaType, body) = await GetAsync(app, path);

        status.ShouldBe(HttpStatusCode.NotFound);
        mediaType.ShouldBe("application/problem+json");
        body.GetProperty("status").GetInt32().ShouldBe(404);
        body.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("detail").GetString()!.ShouldContain(parameter);
    }

    [Theory]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/participation?from=2026-13-01", "from")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/participation?to=yesterday", "to")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/participation?from=2026-10-01&to=2026-09-01", "from")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/participation?from=2026-10-01&to=2026-10-01", "to")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/participation?from=2030-01-01", "from")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/participation?weekly=often", "weekly")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/themes?from=1-2-2026", "from")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/themes?from=2026-10-01&to=2026-09-01", "to")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/trends?at=soon", "at")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/experts", "q")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/experts?q=%20", "q")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/alerts?all=maybe", "all")]
    [InlineData("/api/v1/waves/2026/benchmark?compare=2026", "compare")]
    public async Task Bad_input_is_a_400_validation_problem_naming_the_parameter(string path, string parameter)
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var (status, mediaType, body) = await GetAsync(app, path);

        status.ShouldBe(HttpStatusCode.BadRequest);
        mediaType.ShouldBe("application/problem+json");
        body.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("detail").GetString()!.ShouldContain(parameter);
        body.GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/v1/nothing")]
    [InlineData("/api/v1/orgs/gemeente-lindeloo/nothing")]
    [InlineData("/api/organisations")]
    [InlineData("/api/waves/2026/scores")]
    public async Task Unknown_api_addresses_are_404_problems_not_the_html_page(string path)
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var (status, mediaType, body) = await GetAsync(app, path);

        status.ShouldBe(HttpStatusCode.NotFound);
        mediaType.ShouldBe("application/problem+json");
        body.GetProperty("detail").GetString()!.ShouldContain(path);
    }

    [Fact]
    public async Task Another_method_on_an_api_route_is_a_405_problem_with_an_allow_header()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/orgs", UriKind.Relative)) { Content = new StringContent("{}") };

        using var response = await app.Client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.OrderBy(m => m, StringComparer.Ordinal).ShouldBe(["GET", "HEAD"]);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_organisation_without_a_wave_has_no_scorecard_and_says_so()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var (status, _, body) = await GetAsync(app, "/api/v1/orgs/gemeente-lindeloo/scorecard");
        var (answered, _, own) = await GetAsync(app, "/api/v1/orgs/hoog/scorecard");

        status.ShouldBe(HttpStatusCode.NotFound);
        body.GetProperty("detail").GetString()!.ShouldContain("wave");
        answered.ShouldBe(HttpStatusCode.OK);
        own.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("organisation").GetString()).ShouldBe(["hoog"]);
    }
}
