using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pulse.Web.Tests;

/// <summary>/openapi/v1.json explains every /api/v1 operation the app really serves, and every schema it uses.</summary>
public sealed class OpenApiDocumentTests
{
    private static async Task<JsonElement> DocumentAsync(RunningApp app)
    {
        using var response = await app.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.Clone();
    }

    /// <summary>The (path, method) pairs the running app maps under /api/v1, read from its routing, not from a list kept by hand.</summary>
    private static List<(string Path, string Method)> ApiOperations(RunningApp app) =>
        [.. app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/v1/", StringComparison.Ordinal) && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => ("/" + e.RoutePattern.RawText!.Trim('/'), m.ToLowerInvariant())))
            .Distinct()
            .OrderBy(o => o.Item1, StringComparer.Ordinal).ThenBy(o => o.Item2, StringComparer.Ordinal)];

    [Fact]
    public async Task Every_api_v1_operation_is_in_the_document_with_a_summary_a_description_and_a_tag()
    {
        await using var app = await RunningApp.StartAsync();

        var document = await DocumentAsync(app);
        var expected = ApiOperations(app);

        expected.Select(o => o.Path).Distinct().Count().ShouldBe(12, "the routes of issue 11 and the two lists");
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in expected)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing");
            item.TryGetProperty(method, out var operation).ShouldBeTrue($"{method} {path} is missing");
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace($"{method} {path}");
            operation.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace($"{method} {path}");
            operation.GetProperty("tags").GetArrayLength().ShouldBeGreaterThan(0, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Every_api_v1_operation_documents_its_answer_and_its_problems_and_asks_for_a_bearer_token()
    {
        await using var app = await RunningApp.StartAsync();

        var document = await DocumentAsync(app);

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        foreach (var (path, method) in ApiOperations(app).Where(o => o.Method == "get"))
        {
            var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
            var responses = operation.GetProperty("responses");
            responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").ValueKind.ShouldBe(JsonValueKind.Object, $"{path}");
            operation.GetProperty("security").EnumerateArray().Count(r => r.TryGetProperty("Bearer", out var scopes)).ShouldBe(1, $"{path}");
            if (path.Contains('{', StringComparison.Ordinal))
            {
                responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue($"{path} 404");
            }
        }

        // A route that takes input it can refuse documents its 400.
        foreach (var path in new[] { "/api/v1/orgs/{slug}/participation", "/api/v1/orgs/{slug}/experts", "/api/v1/waves/{id}/benchmark" })
        {
            document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("400")
                .GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue(path);
        }
    }

    [Fact]
    public async Task Every_schema_has_a_description()
    {
        await using var app = await RunningApp.StartAsync();

        var schemas = (await DocumentAsync(app)).GetProperty("components").GetProperty("schemas");

        schemas.EnumerateObject().Count().ShouldBeGreaterThan(20);
        var undescribed = schemas.EnumerateObject()
            .Where(s => !s.Value.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
            .Select(s => s.Name).ToList();
        undescribed.ShouldBeEmpty();
    }

    [Fact]
    public async Task Pages_are_not_in_the_document()
    {
        await using var app = await RunningApp.StartAsync();

        var paths = (await DocumentAsync(app)).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        paths.ShouldContain("/api/v1/orgs/{slug}/participation");
        paths.Where(p => !p.StartsWith("/api/v1/", StringComparison.Ordinal)).ShouldBe(["/healthz"]);
    }
}
