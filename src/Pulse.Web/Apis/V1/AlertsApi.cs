using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Alerts;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/orgs/{slug}/alerts</c>: the alerts the organisation's rules raised.</summary>
internal static class AlertsApi
{
    public static void Map(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("/alerts", GetAsync)
            .WithName("GetAlerts")
            .WithTags("Monitoring")
            .WithSummary("Open alerts")
            .WithDescription(
                "The alerts the organisation's rules raised (sentiment drop, volume spike, quiet department, unanswered question, one-person theme), newest first; " +
                "with all=true the acknowledged ones too. The same document as `pulse alerts --org SLUG --json`.");

    private static async Task<Results<Ok<AlertsView>, ValidationProblem>> GetAsync(
        [Description("The organisation's slug.")] string slug,
        [Description("true to include the acknowledged alerts.")] string? all,
        PulseApp app,
        CancellationToken cancellationToken)
    {
        if (!ApiQuery.TryFlag("all", all, out var includeAcknowledged, out var problem)) return problem!;
        return TypedResults.Ok(await app.Alerts.ListAsync(slug, includeAcknowledged, cancellationToken));
    }
}
