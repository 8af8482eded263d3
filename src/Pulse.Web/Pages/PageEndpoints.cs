using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Storage;
using Pulse.Web.Localization;

namespace Pulse.Web.Pages;

/// <summary>The HTML pages, rendered on the server from Razor components; no script needed.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", HomeAsync).WithName("Home").ExcludeFromDescription();
        routes.MapFallback(NotFound);
        return routes;
    }

    private static async Task<RazorComponentResult<HomePage>> HomeAsync(HttpContext context, OrganisationStore organisations, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        var list = await organisations.ListAsync(cancellationToken);
        return new RazorComponentResult<HomePage>(new { Text = text, Organisations = list });
    }

    private static RazorComponentResult<NotFoundPage> NotFound(HttpContext context) =>
        new(new { Text = UiText.For(UiLanguage.Choose(context)) }) { StatusCode = StatusCodes.Status404NotFound };
}
