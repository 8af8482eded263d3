using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Benchmark;
using Pulse.Maturity.Benchmark;
using Pulse.Application.Monitoring;
using Pulse.Application.Organisations;
using Pulse.Rendering;
using Pulse.Storage;
using Pulse.Web.Localization;
using Pulse.Web.Access;
using Pulse.Web.Hosting;
using Pulse.Web.Pages.Survey;

namespace Pulse.Web.Pages;

/// <summary>The HTML pages, rendered on the server from Razor components; no script needed.</summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGetAndHead("/", HomeAsync).WithName("Home").ExcludeFromDescription();
        routes.MapGetAndHead("/org/{slug}", OrganisationAsync).WithName("Organisation").ExcludeFromDescription();
        routes.MapGetAndHead("/org/{slug}/groups", CommunitiesAsync).WithName("Communities").ExcludeFromDescription();
        routes.MapGetAndHead("/org/{slug}/departments", DepartmentsAsync).WithName("Departments").ExcludeFromDescription();
        routes.MapGetAndHead("/org/{slug}/alerts", AlertsAsync).WithName("Alerts").ExcludeFromDescription();
        routes.MapGetAndHead("/org/{slug}/knowledge", KnowledgeAsync).WithName("Knowledge").ExcludeFromDescription();
        routes.MapGetAndHead("/org/{slug}/search", SearchAsync).WithName("Search").ExcludeFromDescription();
        routes.MapGetAndHead("/org/{slug}/experts", ExpertsEndpoint.RespondAsync).WithName("Experts").ExcludeFromDescription();
        routes.MapGetAndHead("/waves/{code}", WaveAsync).WithName("Wave").ExcludeFromDescription();
        routes.MapGetAndHead("/waves/{code}/org/{slug}", ScorecardAsync).WithName("Scorecard").ExcludeFromDescription();
        routes.MapRealityPages();
        // The fallback matches every path and, unrestricted, every method: a POST to a page would
        // get the 404 page instead of 405. Limited to reading, routing answers 405 with Allow.
        routes.MapFallback(NotFound).WithMetadata(new HttpMethodMetadata([.. GetAndHead.Methods])).ExcludeFromDescription();
        return routes;
    }

    private static async Task<RazorComponentResult<HomePage>> HomeAsync(
        HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        var viewer = Sessions.Viewer(context)!;
        IReadOnlyList<OrganisationSummary> list = [.. viewer.Visible(await app.Organisations.ListAsync(cancellationToken), o => o.Slug)];
        // The waves hold every organisation of the study: administrators only.
        IReadOnlyList<WaveSummary> waves = viewer.IsAdmin ? await app.Waves.ListAsync(cancellationToken) : [];
        return new RazorComponentResult<HomePage>(new { Text = text, Organisations = list, Waves = waves });
    }

    private static async Task<IResult> OrganisationAsync(
        string slug, string? from, string? to, HttpContext context, PulseApp app, WaveViews views, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return NotFound(context);
        var form = PeriodForm.Read(from, to);
        var problems = form.Problems(text);
        if (problems.Count > 0) return BadPeriod(text, organisation, form, problems);
        try
        {
            var view = await app.Participation.RunAsync(slug, form.Start, form.End, weekly: true, cancellationToken: cancellationToken);
            var latest = await LatestScorecardAsync(app, views, slug, cancellationToken);
            var themes = await ThemesOrNothingAsync(app, slug, view, cancellationToken);
            var trends = await app.Trends.RunAsync(slug, view.Period.To, cancellationToken: cancellationToken);
            return new RazorComponentResult<OrganisationPage>(new { Text = text, Organisation = organisation, Form = form, View = view, Latest = latest, Themes = themes, Trends = trends });
        }
        catch (PulseUsageException) when ((form.Start is null) != (form.End is null))
        {
            // With one end chosen, the query fills in the other from the data, and only it can tell
            // that the result is empty (e.g. a start after the latest message). The organisation
            // exists and the threshold is the default, so an empty period is the one failure left.
            return BadPeriod(text, organisation, form, [text.EmptyPeriod]);
        }
    }

    /// <summary>Search in the organisation's messages; a query that cannot be read is a 400 page naming the position.</summary>
    private static async Task<IResult> SearchAsync(string slug, string? q, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return NotFound(context);
        if (string.IsNullOrWhiteSpace(q)) return new RazorComponentResult<SearchPage>(new { Text = text, Organisation = organisation });
        try
        {
            var view = await app.Search.SearchAsync(slug, q, 50, cancellationToken);
            return new RazorComponentResult<SearchPage>(new { Text = text, Organisation = organisation, Query = q, View = view });
        }
        catch (PulseUsageException e)
        {
            return new RazorComponentResult<SearchPage>(new { Text = text, Organisation = organisation, Query = q, Problem = e.Message })
            {
                StatusCode = StatusCodes.Status400BadRequest,
            };
        }
    }

    /// <summary>The organisation's communities in the period of its page (from/to carried over); 400 for a period that cannot be.</summary>
    private static async Task<IResult> CommunitiesAsync(
        string slug, string? from, string? to, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return NotFound(context);
        var form = PeriodForm.Read(from, to);
        var query = context.Request.QueryString.Value ?? string.Empty;
        var problems = form.Problems(text);
        if (problems.Count == 0)
        {
            try
            {
                var view = await app.Communities.RunAsync(slug, form.Start, form.End, cancellationToken);
                return new RazorComponentResult<CommunitiesPage>(new { Text = text, Organisation = organisation, View = view, Query = query });
            }
            catch (PulseUsageException)
            {
                problems = [text.EmptyPeriod];
            }
        }

        return new RazorComponentResult<CommunitiesPage>(new { Text = text, Organisation = organisation, Problems = problems, Query = query })
        {
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }

    /// <summary>The organisation's open alerts.</summary>
    private static async Task<IResult> AlertsAsync(string slug, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return NotFound(context);
        var view = await app.Alerts.ListAsync(slug, cancellationToken: cancellationToken);
        return new RazorComponentResult<AlertsPage>(new { Text = text, Organisation = organisation, View = view });
    }

    /// <summary>Knowledge risk per theme over the 90 days up to the organisation's latest message; none when the index has no folder.</summary>
    private static async Task<IResult> KnowledgeAsync(string slug, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return NotFound(context);
        try
        {
            var view = await app.Knowledge.RunAsync(slug, null, null, cancellationToken);
            return new RazorComponentResult<KnowledgePage>(new { Text = text, Organisation = organisation, View = view });
        }
        catch (PulseUsageException e)
        {
            // PostgreSQL served without --index has no search index to read the themes from: say so, not 500.
            return new RazorComponentResult<KnowledgePage>(new { Text = text, Organisation = organisation, Problem = e.Message })
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
            };
        }
    }

    /// <summary>The connection between the organisation's departments in the period of its page; 400 for a period that cannot be.</summary>
    private static async Task<IResult> DepartmentsAsync(
        string slug, string? from, string? to, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return NotFound(context);
        var form = PeriodForm.Read(from, to);
        var query = context.Request.QueryString.Value ?? string.Empty;
        var problems = form.Problems(text);
        if (problems.Count == 0)
        {
            try
            {
                var view = await app.Participation.ConnectionsAsync(slug, form.Start, form.End, cancellationToken: cancellationToken);
                return new RazorComponentResult<DepartmentsPage>(new { Text = text, Organisation = organisation, View = view, Query = query });
            }
            catch (PulseUsageException)
            {
                problems = [text.EmptyPeriod];
            }
        }

        return new RazorComponentResult<DepartmentsPage>(new { Text = text, Organisation = organisation, Problems = problems, Query = query })
        {
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }

    /// <summary>
    /// The themes of the page's period; none when the index has no folder (PostgreSQL served without
    /// --index): the rest of the page still stands, and `pulse monitor themes` says what is missing.
    /// </summary>
    private static async Task<ThemesView?> ThemesOrNothingAsync(PulseApp app, string slug, ParticipationView view, CancellationToken cancellationToken)
    {
        try
        {
            return await app.ThemeFigures.RunAsync(slug, view.Period.From, view.Period.To, cancellationToken);
        }
        catch (PulseUsageException)
        {
            return null;
        }
    }

    /// <summary>The page again with the form as typed and what is wrong with it: 400, not figures for another period.</summary>
    private static RazorComponentResult<OrganisationPage> BadPeriod(UiText text, OrganisationInfo organisation, PeriodForm form, IReadOnlyList<string> problems) =>
        new(new { Text = text, Organisation = organisation, Form = form, Problems = problems }) { StatusCode = StatusCodes.Status400BadRequest };

    private static async Task<IResult> WaveAsync(
        string code, HttpContext context, PulseApp app, WaveViews views, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return NotFound(context);
        var text = UiText.For(UiLanguage.Choose(context));
        var page = await views.PageAsync(code, text.Language, text.IndexAndPreconditions, cancellationToken);
        var invitations = await InvitationEndpoints.PanelAsync(code, context, app, antiforgery, cancellationToken);
        return new RazorComponentResult<WavePage>(new { Text = text, Page = page, Invitations = invitations });
    }

    /// <summary>One organisation's scorecard; 404 for an organisation without answers in the wave.</summary>
    private static async Task<IResult> ScorecardAsync(string code, string slug, HttpContext context, PulseApp app, WaveViews views, CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return NotFound(context);
        var text = UiText.For(UiLanguage.Choose(context));
        var view = await views.BenchmarkAsync(code, cancellationToken);
        if (!view.Scores.Organisations.Any(o => string.Equals(o.Organisation, slug, StringComparison.Ordinal))) return NotFound(context);
        var card = ReportService.Scorecard(view, slug, text.Language);
        return new RazorComponentResult<ScorecardPage>(new { Text = text, Wave = code, Fragment = ScorecardHtml.Fragment(card) });
    }

    /// <summary>The organisation's latest scorecard in brief; null when it has answered no wave.</summary>
    private static async Task<ScorecardSummary?> LatestScorecardAsync(PulseApp app, WaveViews views, string slug, CancellationToken cancellationToken)
    {
        if (await app.Waves.LatestAnsweredByAsync(slug, cancellationToken) is not { } wave) return null;
        var view = await views.BenchmarkAsync(wave.Code, cancellationToken);
        if (view.Scores.Organisations.FirstOrDefault(o => string.Equals(o.Organisation, slug, StringComparison.Ordinal)) is not { } own) return null;
        // As on the scorecard: a percentile among fewer than five organisations gives others' scores away.
        var enoughPeers = view.Benchmark.Distributions.GetValueOrDefault(WaveBenchmark.IndexId) is { N: >= Scorecard.MinimumPeers };
        var percentile = enoughPeers && view.Benchmark.Percentiles.TryGetValue(slug, out var percentiles) ? percentiles.GetValueOrDefault(WaveBenchmark.IndexId) : null;
        return new ScorecardSummary(wave.Code, own, percentile);
    }

    internal static RazorComponentResult<NotFoundPage> NotFound(HttpContext context) =>
        new(new { Text = UiText.For(UiLanguage.Choose(context)) }) { StatusCode = StatusCodes.Status404NotFound };
}
