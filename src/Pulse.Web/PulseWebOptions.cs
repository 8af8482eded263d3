using Pulse.Application;

namespace Pulse.Web;

/// <summary>What the web host needs: the application (over its database) and which addresses to listen on.</summary>
/// <param name="Urls">Kestrel addresses, e.g. <c>http://127.0.0.1:5000</c>; port 0 picks a free port.</param>
public sealed record PulseWebOptions(PulseApp App, string Urls)
{
    /// <summary>Run the background worker that applies queued live events (docs/live.md); tests of the queue alone turn it off.</summary>
    public bool ApplyLiveEvents { get; init; } = true;
}
