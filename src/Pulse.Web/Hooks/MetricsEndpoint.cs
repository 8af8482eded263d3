using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Access;
using Pulse.Application.Live;
using Pulse.Web.Access;

namespace Pulse.Web.Hooks;

/// <summary>
/// `GET /metrics`: the live hooks' counters in Prometheus' text format (version 0.0.4). For a scraper on
/// the same machine, or a signed-in administrator; anyone else gets 404, as if it did not exist.
/// </summary>
public static class MetricsEndpoint
{
    private static readonly HookOutcome[] Outcomes = Enum.GetValues<HookOutcome>();

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder routes)
    {
        // Open at the gate, closed here: a scraper on loopback has no session, an administrator elsewhere has.
        routes.MapGet("/metrics", MetricsAsync).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>True for a request from this machine or from a signed-in administrator.</summary>
    public static bool MayRead(IPAddress? remote, string? role) =>
        (remote is not null && IPAddress.IsLoopback(remote)) || role == Roles.Admin;

    private static async Task<IResult> MetricsAsync(HttpContext context, PulseApp app)
    {
        if (!MayRead(context.Connection.RemoteIpAddress, Sessions.User(context)?.Role)) return TypedResults.NotFound();
        var depth = await app.Inbound.DepthAsync(context.RequestAborted);
        return TypedResults.Text(Render(app.HookCounters, depth, app.GraphSubscriptions.Counters), "text/plain; version=0.0.4; charset=utf-8");
    }

    /// <summary>The exposition text: every platform and outcome, zeros included, so a rate never starts from a gap.</summary>
    public static string Render(HookCounters counters, long queueDepth, GraphSubscriptionCounters subscriptions)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(subscriptions);
        var text = new StringBuilder();
        text.Append("# HELP pulse_hook_requests_total Webhook requests by platform and outcome.\n# TYPE pulse_hook_requests_total counter\n");
        foreach (var platform in LivePlatforms.Pushed)
        {
            foreach (var outcome in Outcomes)
            {
                text.Append(CultureInfo.InvariantCulture, $"pulse_hook_requests_total{{platform=\"{platform}\",outcome=\"{outcome.ToString().ToLowerInvariant()}\"}} {counters.Requests(platform, outcome)}\n");
            }
        }

        text.Append("# HELP pulse_inbound_queue_depth Events stored and not yet applied.\n# TYPE pulse_inbound_queue_depth gauge\n");
        text.Append(CultureInfo.InvariantCulture, $"pulse_inbound_queue_depth {queueDepth}\n");
        text.Append("# HELP pulse_inbound_events_processed_total Queued events applied to the messages.\n# TYPE pulse_inbound_events_processed_total counter\n");
        foreach (var platform in LivePlatforms.Pushed)
        {
            text.Append(CultureInfo.InvariantCulture, $"pulse_inbound_events_processed_total{{platform=\"{platform}\"}} {counters.ProcessedCount(platform)}\n");
        }

        text.Append("# HELP pulse_inbound_events_failed_total Queued events that could not be read, kept with their reason.\n# TYPE pulse_inbound_events_failed_total counter\n");
        foreach (var platform in LivePlatforms.Pushed)
        {
            text.Append(CultureInfo.InvariantCulture, $"pulse_inbound_events_failed_total{{platform=\"{platform}\"}} {counters.FailedCount(platform)}\n");
        }

        text.Append("# HELP pulse_graph_subscription_renewals_total Renewals of the Graph subscriptions Pulse manages, by outcome.\n# TYPE pulse_graph_subscription_renewals_total counter\n");
        foreach (var outcome in Enum.GetValues<GraphSubscriptionOutcome>())
        {
            text.Append(CultureInfo.InvariantCulture, $"pulse_graph_subscription_renewals_total{{outcome=\"{outcome.ToString().ToLowerInvariant()}\"}} {subscriptions.Renewals(outcome)}\n");
        }

        text.Append("# HELP pulse_graph_lifecycle_notifications_total Verified Graph lifecycle notifications, by event.\n# TYPE pulse_graph_lifecycle_notifications_total counter\n");
        foreach (var lifecycleEvent in GraphSubscriptionCounters.LifecycleEvents)
        {
            text.Append(CultureInfo.InvariantCulture, $"pulse_graph_lifecycle_notifications_total{{event=\"{lifecycleEvent}\"}} {subscriptions.LifecycleCount(lifecycleEvent)}\n");
        }

        return text.ToString();
    }
}
