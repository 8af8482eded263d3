using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pulse.Web.Pages;

using Pulse.Application;

namespace Pulse.Web.Access;

/// <summary>
/// Tenant isolation, in one place for every page and API call (issue 11): after authentication, a request for an
/// organisation's route (a <c>{slug}</c> in it) is answered only when the viewer may see that organisation, and the
/// study-wide routes (waves, the benchmark, the reports) only for administrators. Anything else gets 404 — the same
/// answer as for an organisation that does not exist, so that a guess learns nothing. Routes added later are covered
/// without doing anything: they either carry a slug, live under /waves, or are marked <see cref="AdminOnlyAttribute"/>.
/// </summary>
public static class TenantGate
{
    private static readonly string[] StudyWidePrefixes = ["/waves", "/api/v1/waves"];

    public static IApplicationBuilder UseTenantGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            await next(context);
            return;
        }

        var api = IsApi(context.Request.Path);
        var viewer = Sessions.Viewer(context);
        if (viewer is null || (Sessions.IsToken(context) && !api))
        {
            // A token opens the API only; the pages are for people who signed in.
            await NotFoundAsync(context, api);
            return;
        }

        if (Sessions.User(context) is { MustChangePassword: true } && endpoint.Metadata.GetMetadata<BeforePasswordChosenAttribute>() is null)
        {
            if (api) await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Password to choose", "Sign in on the dashboard and choose a password first.");
            else context.Response.Redirect("/account/password");
            return;
        }

        var slug = context.GetRouteValue("slug") as string;
        var allowed = slug is not null ? viewer.CanSee(slug) : viewer.IsAdmin || !StudyWide(endpoint);
        if (!allowed)
        {
            await NotFoundAsync(context, api);
            return;
        }

        // Someone is looking at this organisation: its figures are warmed before others' (DashboardWarmer).
        if (slug is not null) context.RequestServices.GetRequiredService<PulseApp>().Warmer.Visited(slug);
        await next(context);
    });

    private static bool StudyWide(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<AdminOnlyAttribute>() is not null ||
        (endpoint is RouteEndpoint route && route.RoutePattern.RawText is { } pattern &&
         StudyWidePrefixes.Any(p => ("/" + pattern.TrimStart('/')).StartsWith(p, StringComparison.OrdinalIgnoreCase)));

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static async Task NotFoundAsync(HttpContext context, bool api)
    {
        if (api)
        {
            await Problems.WriteAsync(context, StatusCodes.Status404NotFound, "Not found", $"Nothing at {context.Request.Path}.");
            return;
        }

        await PageEndpoints.NotFound(context).ExecuteAsync(context);
    }
}
