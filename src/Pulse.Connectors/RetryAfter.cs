using System.Net.Http.Headers;

namespace Pulse.Connectors;

/// <summary>How long a platform's API asks to be left alone (the Yammer poller and the Graph fetch both honour it).</summary>
internal static class RetryAfter
{
    /// <summary>Retry-After as seconds (<c>Retry-After: 3</c>) or as an HTTP date, never negative; null without one.</summary>
    public static TimeSpan? Delay(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var left = date - now;
            return left < TimeSpan.Zero ? TimeSpan.Zero : left;
        }

        return null;
    }
}
