using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Monitoring;
using Pulse.Storage;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/orgs/{slug}/themes</c>: the organisation's saved themes over a period.</summary>
internal static class ThemesApi
{
    public static void Map(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("/themes", GetAsync)
            .WithName("GetThemes")
            .WithTags("Monitoring")
            .WithSummary("Themes over a period")
            .WithDescription(
                "Per saved theme (`pulse theme add`): the messages that match its query, their authors, mean sentiment and the shares positive, neutral and negative, " +
                "and the same week by week. Without from/to: the 90 days up to the day after the latest message. The same document as `pulse monitor themes --json`.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Results<Ok<ThemesDocument>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("The organisation's slug.")] string slug,
        [Description("Start of the period (inclusive): YYYY-MM-DD (UTC) or an ISO-8601 time. Default: 90 days before to.")] string? from,
        [Description("End of the period (exclusive): YYYY-MM-DD (UTC) or an ISO-8601 time. Default: the day after the latest message.")] string? to,
        PulseApp app, CancellationToken cancellationToken)
    {
        if (!ApiQuery.TryPeriod(from, to, out var start, out var end, out var problem)) return problem!;
        // Themes are counted in the search index; PostgreSQL served without --index has none.
        if (app.Storage.IndexFolderOrNull(slug) is null)
        {
            return TypedResults.Problem(
                title: "No search index", detail: "Themes are counted in the search index, and this server has no index folder (pulse serve --index DIR).",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            return TypedResults.Ok(ThemesDocument.Of(await app.ThemeFigures.RunAsync(slug, start, end, cancellationToken)));
        }
        catch (PulseUsageException)
        {
            return ApiProblems.BadRequest($"The period is empty: from ({from ?? "90 days before to"}) must come before to ({to ?? "the day after the latest message"}).", "from", "to");
        }
    }
}
