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
    public sealed record Health(string Status, string Database);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        // Load balancers ask without signing in; it says only whether the database answers.
        routes.MapGetAndHead("/healthz", CheckAsync).WithName("Health").AllowAnonymous();
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
