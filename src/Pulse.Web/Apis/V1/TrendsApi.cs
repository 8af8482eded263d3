using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Monitoring;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/orgs/{slug}/trends</c>: terms far above their own baseline.</summary>
internal static class TrendsApi
{
    public static void Map(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("/trends", GetAsync)
            .WithName("GetTrends")
            .WithTags("Monitoring")
            .WithSummary("Trending terms")
            .WithDescription(
                "Words, two-word phrases and hashtags whose count in the current window (a week, or a day with daily=true) is far above their own baseline " +
                "in the windows before it (z-score), each with the ids of the messages that carry it. The same document as `pulse monitor trends --json`.");

    private static async Task<Results<Ok<TrendsDocument>, ValidationProblem>> GetAsync(
        [Description("The organisation's slug.")] string slug,
        [Description("End of the current window (exclusive): YYYY-MM-DD (UTC) or an ISO-8601 time. Default: the day after the latest message.")] string? at,
        [Description("true to compare the last day with the 14 days before it, instead of the last week with the 8 weeks before.")] string? daily,
        PulseApp app, CancellationToken cancellationToken)
    {
        if (!ApiQuery.TryMoment("at", at, out var end, out var problem)) return problem!;
        if (!ApiQuery.TryFlag("daily", daily, out var byDay, out problem)) return problem!;
        return TypedResults.Ok(TrendsDocument.Of(await app.Trends.RunAsync(slug, end, byDay, cancellationToken)));
    }
}
