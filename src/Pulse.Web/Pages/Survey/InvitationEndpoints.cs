using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Pulse.Application;
using Pulse.Application.Questionnaire;
using Pulse.Storage;
using Pulse.Web.Hosting;
using Pulse.Web.Localization;

namespace Pulse.Web.Pages.Survey;

/// <summary>
/// The administrator's side of the questionnaire, under the wave's address: creating invitations.
/// The new links are the answer to the POST itself, not a redirect: a token may appear once and
/// never in an address the browser keeps.
/// </summary>
public static class InvitationEndpoints
{
    public static IEndpointRouteBuilder MapInvitationPages(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/waves/{code}/invitations", CreateAsync).ExcludeFromDescription();
        return routes;
    }

    /// <summary>The wave page's invitation section.</summary>
    public static async Task<InvitationsPanel> PanelAsync(string wave, HttpContext context, PulseApp app, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var progress = await app.Questionnaire.ProgressAsync(wave, cancellationToken);
        var organisations = (await app.Organisations.NamesAsync(cancellationToken)).OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        return new InvitationsPanel(wave, progress, organisations, FormTokens.Issue(context, antiforgery));
    }

    private static async Task<IResult> CreateAsync(string code, HttpContext context, PulseApp app, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return PageEndpoints.NotFound(context);
        if (await FormTokens.ReadAsync(context, antiforgery) is not { } form) return SurveyEndpoints.Expired(text);
        var slug = form["org"].ToString();
        if (!int.TryParse(form["count"], NumberStyles.None, CultureInfo.InvariantCulture, out var count)) count = 0;
        InvitationBatch batch;
        try
        {
            batch = await app.Questionnaire.InviteAsync(code, slug, count, cancellationToken);
        }
        catch (PulseException e)
        {
            return new RazorComponentResult<InvitationsCreatedPage>(new { Text = text, Wave = code, Problem = e.Message }) { StatusCode = StatusCodes.Status400BadRequest };
        }

        var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var links = batch.Invitations.Select(i => InvitationLinks.For(root, i.Token)).ToList();
        var name = (await app.Organisations.FindAsync(slug, cancellationToken))?.Name ?? slug;
        // Secrets: not for any cache.
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        return new RazorComponentResult<InvitationsCreatedPage>(new { Text = text, Wave = batch.Wave, OrganisationName = name, Links = links });
    }
}
