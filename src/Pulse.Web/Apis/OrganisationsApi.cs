using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Storage;
using Pulse.Web.Access;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis;

/// <summary>`/api/organisations`: the tenants and how much data each holds.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/organisations");
        api.MapGetAndHead("/", ListAsync).WithName("ListOrganisations");
        api.MapGetAndHead("/{slug}", GetAsync).WithName("GetOrganisation");
        return routes;
    }

    /// <summary>The organisations the caller may see: all for an administrator, their own for an analyst or a token.</summary>
    private static async Task<Ok<IReadOnlyList<OrganisationSummary>>> ListAsync(HttpContext context, PulseApp app, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<OrganisationSummary>>([.. Sessions.Viewer(context)!.Visible(await app.Organisations.ListAsync(cancellationToken), o => o.Slug)]);

    private static async Task<Results<Ok<OrganisationSummary>, NotFound>> GetAsync(string slug, PulseApp app, CancellationToken cancellationToken)
    {
        var found = await app.Organisations.SummaryAsync(slug, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(found);
    }
}
