namespace Pulse.Connectors.Tests;

/// <summary>A clock that always says the same time, so "not after tomorrow" is the same day in every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2025-06-01 00:00 UTC: times up to 2025-06-02 00:00 UTC are accepted.</summary>
    public static ConnectorOptions Options { get; } = new(Clock: new FixedClock(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    public override DateTimeOffset GetUtcNow() => now;
}
