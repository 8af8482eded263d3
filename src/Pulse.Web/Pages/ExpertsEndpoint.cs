using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Pulse.Application;
using Pulse.Storage;
using Pulse.Web.Localization;

namespace Pulse.Web.Pages;

/// <summary>`/org/{slug}/experts?q=`: who knows about a subject, with each expert's evidence messages (issue 10).</summary>
internal static class ExpertsEndpoint
{
    public static async Task<IResult> RespondAsync(string slug, string? q, HttpContext context, PulseApp app, CancellationToken cancellationToken)
    {
        var text = UiText.For(UiLanguage.Choose(context));
        if (await app.Organisations.FindAsync(slug, cancellationToken) is not { } organisation) return PageEndpoints.NotFound(context);
        if (string.IsNullOrWhiteSpace(q)) return new RazorComponentResult<ExpertsPage>(new { Text = text, Organisation = organisation });
        try
        {
            var view = await app.Experts.FindAsync(slug, q, cancellationToken: cancellationToken);
            return new RazorComponentResult<ExpertsPage>(new { Text = text, Organisation = organisation, Query = q, View = view });
        }
        catch (PulseUsageException e)
        {
            return new RazorComponentResult<ExpertsPage>(new { Text = text, Organisation = organisation, Query = q, Problem = e.Message })
            {
                StatusCode = StatusCodes.Status400BadRequest,
            };
        }
    }
}
