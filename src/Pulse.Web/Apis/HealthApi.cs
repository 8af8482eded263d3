using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis;

/// <summary>`/healthz`: is the app up and can it reach its database.</summary>
public static class HealthApi
{
    /// <summary>Whether the app is up and reaches its database.</summary>
    /// <param name="Status">"ok", or "database unreachable" (with status 503).</param>
    /// <param name="Database">The database kind: sqlite or postgres.</param>
    public sealed record Health(string Status, string Database);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        // Load balancers ask without signing in; it says only whether the database answers.
        routes.MapGetAndHead("/healthz", CheckAsync)
            .WithName("Health")
            .WithTags("Operations")
            .WithSummary("Health check")
            .AllowAnonymous()
            .WithDescription("Whether the app is up and can reach its database: 200 with status ok, or 503 when the database is unreachable. Needs no token.");
        return routes;
    }

    private static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> CheckAsync(PulseApp app, CancellationToken cancellationToken)
    {
        var provider = app.Storage.Provider.ToString().ToLowerInvariant();
        return await app.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok(new Health("ok", provider))
            : TypedResults.Json(new Health("database unreachable", provider), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
