using Pulse.Application;

namespace Pulse.Web;

/// <summary>What the web host needs: the application (over its database) and which addresses to listen on.</summary>
/// <param name="Urls">Kestrel addresses, e.g. <c>http://127.0.0.1:5000</c>; port 0 picks a free port.</param>
public sealed record PulseWebOptions(PulseApp App, string Urls)
{
    /// <summary>Compute the dashboard's default figures at start and after every change (off in tests that time or count requests themselves).</summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>How often the server polls the organisations connected to Yammer (docs/live.md).</summary>
    public TimeSpan YammerPollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the server looks for Graph subscriptions to renew (docs/live.md); a renewal is due at half the subscription's lifetime, so 15 minutes is plenty.</summary>
    public TimeSpan GraphSubscriptionCheckInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Run the background worker that applies queued live events (docs/live.md); tests of the queue alone turn it off.</summary>
    public bool ApplyLiveEvents { get; init; } = true;
}
