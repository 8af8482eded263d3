using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Organisations;
using Pulse.Storage;
using Pulse.Web.Access;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/orgs</c> and <c>/api/v1/orgs/{slug}</c>: the organisations (tenants) and what is stored of each.</summary>
internal static class OrganisationsApi
{
    private const string Tag = "Organisations";

    public static void MapList(RouteGroupBuilder api) =>
        api.MapGetAndHead("/orgs", ListAsync)
            .WithName("ListOrganisations")
            .WithTags(Tag)
            .WithSummary("List the organisations")
            .WithDescription("The organisations the caller may see (every one for an administrator, their own for an analyst or a token) with their size and what is stored of each (people, accounts, messages); the same document as `pulse org list --json`.");

    public static void MapOne(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("", GetAsync)
            .WithName("GetOrganisation")
            .WithTags(Tag)
            .WithSummary("One organisation")
            .WithDescription("One organisation with its size and what is stored of it; the same object as its entry in `pulse org list --json`. 404 for an unknown slug.");

    private static async Task<Ok<OrganisationListDocument>> ListAsync(HttpContext context, PulseApp app, CancellationToken cancellationToken) =>
        TypedResults.Ok(new OrganisationListDocument([.. Sessions.Viewer(context)!.Visible(await app.Organisations.ListAsync(cancellationToken), o => o.Slug)]));

    private static async Task<Results<Ok<OrganisationSummary>, ProblemHttpResult>> GetAsync(
        [Description("The organisation's slug, e.g. gemeente-lindeloo.")] string slug,
        PulseApp app,
        CancellationToken cancellationToken) =>
        await app.Organisations.SummaryAsync(slug, cancellationToken) is { } found ? TypedResults.Ok(found) : ApiProblems.UnknownOrganisation(slug);
}
