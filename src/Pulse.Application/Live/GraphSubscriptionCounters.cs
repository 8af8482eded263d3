using System.Collections.Concurrent;

namespace Pulse.Application.Live;

/// <summary>What became of a managed Graph subscription when Pulse renewed it (or was told to), counted on /metrics.</summary>
public enum GraphSubscriptionOutcome
{
    /// <summary>Graph took the new expirationDateTime.</summary>
    Renewed,
    /// <summary>The subscription was gone (404 on renewal, or a subscriptionRemoved notification) and a new one was created.</summary>
    Recreated,
    /// <summary>Graph refused, stayed busy or could not be reached; tried again at the next check (or the event is put off).</summary>
    Failed,
}

/// <summary>
/// The managed subscriptions' counters since the process started: renewals per outcome and lifecycle
/// notifications per event (what /metrics shows). Thread-safe; never reset.
/// </summary>
public sealed class GraphSubscriptionCounters
{
    /// <summary>The lifecycle events Graph documents, the only ones counted.</summary>
    public static IReadOnlyList<string> LifecycleEvents { get; } = ["reauthorizationRequired", "subscriptionRemoved", "missed"];

    private readonly long[] renewals = new long[Enum.GetValues<GraphSubscriptionOutcome>().Length];
    private readonly ConcurrentDictionary<string, long> lifecycle = new(StringComparer.Ordinal);

    public void Count(GraphSubscriptionOutcome outcome) => Interlocked.Increment(ref renewals[(int)outcome]);

    public long Renewals(GraphSubscriptionOutcome outcome) => Interlocked.Read(ref renewals[(int)outcome]);

    /// <summary>Only the documented events are counted: the name comes from a request, and a label may not grow without end.</summary>
    public void Lifecycle(string lifecycleEvent)
    {
        if (LifecycleEvents.Contains(lifecycleEvent)) lifecycle.AddOrUpdate(lifecycleEvent, 1, (_, n) => n + 1);
    }

    public long LifecycleCount(string lifecycleEvent) => lifecycle.TryGetValue(lifecycleEvent, out var n) ? n : 0;
}
