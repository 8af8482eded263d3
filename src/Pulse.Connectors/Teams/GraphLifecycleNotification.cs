using System.Text.Json;

namespace Pulse.Connectors.Teams;

/// <summary>
/// A lifecycle notification (Microsoft: "Reduce missing subscriptions and change notifications",
/// https://learn.microsoft.com/graph/change-notifications-lifecycle-events): a changeNotification with
/// <c>lifecycleEvent</c> — <c>reauthorizationRequired</c>, <c>subscriptionRemoved</c> or <c>missed</c> —
/// about the subscription named by <c>subscriptionId</c>, and no resource.
/// </summary>
public sealed record GraphLifecycleNotification(string Event, string? SubscriptionId)
{
    public const string ReauthorizationRequired = "reauthorizationRequired";

    public const string SubscriptionRemoved = "subscriptionRemoved";

    public const string Missed = "missed";

    /// <summary>The lifecycle notification in one queued notification, or null when it is a change notification (no lifecycleEvent) or not JSON.</summary>
    public static GraphLifecycleNotification? Read(string notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        try
        {
            using var document = JsonDocument.Parse(notification);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("lifecycleEvent", out var lifecycle) || lifecycle.ValueKind != JsonValueKind.String) return null;
            var subscription = root.TryGetProperty("subscriptionId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            return new GraphLifecycleNotification(lifecycle.GetString()!, subscription);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
