using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Web.Hosting;
using Pulse.Web.Localization;

namespace Pulse.Web.Pages;

/// <summary>The reality check's pages: one organisation in one wave, and the count over a wave.</summary>
public static class RealityEndpoints
{
    public static IEndpointRouteBuilder MapRealityPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGetAndHead("/org/{slug}/reality", OrganisationAsync).WithName("Reality").ExcludeFromDescription();
        routes.MapGetAndHead("/waves/{code}/reality", WaveAsync).WithName("WaveReality").ExcludeFromDescription();
        return routes;
    }

    /// <summary>The organisation's check in ?wave=ID, by default the latest wave it answered; 404 for an unknown wave.</summary>
    private static async Task<IResult> OrganisationAsync(string slug, string? wave, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return PageEndpoints.NotFound(context);
        var waves = (await app.Waves.ListAsync(cancellationToken)).Select(w => w.Code).ToList();
        var code = string.IsNullOrEmpty(wave) ? (await app.Waves.LatestAnsweredByAsync(slug, cancellationToken))?.Code : wave;
        if (code is null) return new RazorComponentResult<RealityPage>(new { Text = text, Organisation = organisation, Waves = waves });
        if (!waves.Contains(code, StringComparer.Ordinal)) return PageEndpoints.NotFound(context);
        var view = await app.Reality.RunAsync(slug, code, cancellationToken: cancellationToken);
        return new RazorComponentResult<RealityPage>(new { Text = text, Organisation = organisation, View = view, Waves = waves });
    }

    private static async Task<IResult> WaveAsync(string code, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return PageEndpoints.NotFound(context);
        var text = UiText.For(UiLanguage.Choose(context));
        var summary = await app.Reality.SummaryAsync(code, cancellationToken: cancellationToken);
        var names = (await app.Organisations.ListAsync(cancellationToken)).ToDictionary(o => o.Slug, o => o.Name, StringComparer.Ordinal);
        return new RazorComponentResult<RealitySummaryPage>(new { Text = text, Summary = summary, Names = names });
    }
}
