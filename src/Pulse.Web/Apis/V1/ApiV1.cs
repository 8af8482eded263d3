using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pulse.Application;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary>The route groups of the JSON API, for whoever hangs filters on them (authorisation, rate limits).</summary>
/// <param name="Api">Everything under <c>/api/v1</c>.</param>
/// <param name="Organisation">Every route about one organisation: <c>/api/v1/orgs/{slug}</c> and below.</param>
/// <param name="Waves">Every route about the benchmark waves: <c>/api/v1/waves</c> and below.</param>
public sealed record ApiV1Routes(RouteGroupBuilder Api, RouteGroupBuilder Organisation, RouteGroupBuilder Waves);

/// <summary>
/// <c>/api/v1</c>: Pulse's figures as JSON, the same documents as the command line's <c>--json</c>
/// (docs/api.md). Every route is read-only; errors are problem details (RFC 9457).
/// </summary>
public static class ApiV1
{
    public const string Prefix = "/api/v1";

    public static ApiV1Routes MapApiV1(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix);
        OrganisationsApi.MapList(api);

        var organisation = api.MapGroup("/orgs/{slug}").ProducesProblem(StatusCodes.Status404NotFound);
        // One check for every organisation route: an unknown slug is a 404 before any use case runs.
        organisation.AddEndpointFilter(async (context, next) =>
        {
            var slug = context.HttpContext.GetRouteValue("slug") as string ?? string.Empty;
            var app = context.HttpContext.RequestServices.GetRequiredService<PulseApp>();
            return await app.Organisations.FindAsync(slug, context.HttpContext.RequestAborted) is null
                ? ApiProblems.UnknownOrganisation(slug)
                : await next(context);
        });
        OrganisationsApi.MapOne(organisation);
        ParticipationApi.Map(organisation);
        ThemesApi.Map(organisation);
        TrendsApi.Map(organisation);
        ExpertsApi.Map(organisation);
        ScorecardApi.Map(organisation);
        RealityApi.Map(organisation);
        AlertsApi.Map(organisation);

        var waves = api.MapGroup("/waves");
        WavesApi.Map(waves);

        // Below /api an unknown address is a problem document, not the dashboard's HTML page.
        routes.MapFallback("/api/{**path}", (string? path) => ApiProblems.NotFound("Not found", $"There is no API route /api/{path}; the routes are described at /openapi/v1.json."))
            .WithMetadata(new HttpMethodMetadata([.. GetAndHead.Methods]))
            .ExcludeFromDescription();
        return new ApiV1Routes(api, organisation, waves);
    }
}
