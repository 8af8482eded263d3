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

/// <summary><c>/api/v1/orgs/{slug}/participation</c>: participation, management participation, responsiveness and connection.</summary>
internal static class ParticipationApi
{
    public static void Map(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("/participation", GetAsync)
            .WithName("GetParticipation")
            .WithTags("Monitoring")
            .WithSummary("Participation figures over a period")
            .WithDescription(
                "Messages, contributors, the share of the target group and of its managers that took part, responsiveness, connection across departments, " +
                "the participation pyramid, newcomers and retention, and the departments the anonymity rule lets be shown (threshold 5). " +
                "Without from/to: the 90 days up to the day after the latest message. The same document as `pulse monitor participation --json`.");

    private static async Task<Results<Ok<ParticipationDocument>, ValidationProblem>> GetAsync(
        [Description("The organisation's slug.")] string slug,
        [Description("Start of the period (inclusive): YYYY-MM-DD (UTC) or an ISO-8601 time. Default: 90 days before to.")] string? from,
        [Description("End of the period (exclusive): YYYY-MM-DD (UTC) or an ISO-8601 time. Default: the day after the latest message.")] string? to,
        [Description("true to add the period week by week (Monday to Monday).")] string? weekly,
        PulseApp app, CancellationToken cancellationToken)
    {
        if (!ApiQuery.TryPeriod(from, to, out var start, out var end, out var problem)) return problem!;
        if (!ApiQuery.TryFlag("weekly", weekly, out var byWeek, out problem)) return problem!;
        try
        {
            return TypedResults.Ok(ParticipationDocument.Of(await app.Participation.RunAsync(slug, start, end, weekly: byWeek, cancellationToken: cancellationToken)));
        }
        catch (PulseUsageException)
        {
            // One end given, the other filled in from the data: only the query can tell the period is empty.
            return ApiProblems.BadRequest($"The period is empty: from ({from ?? "90 days before to"}) must come before to ({to ?? "the day after the latest message"}).", "from", "to");
        }
    }
}
