namespace Pulse.Monitoring.Trends;

/// <summary>How trends are found: the window (a week by default, or a day), how many preceding windows form the baseline, and the thresholds.</summary>
public sealed record TrendOptions
{
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    public int BaselineWindows { get; init; } = 8;

    /// <summary>A term must occur in at least this many messages of the current window.</summary>
    public int MinimumCount { get; init; } = 5;

    public double MinimumZ { get; init; } = 2;

    public int Top { get; init; } = 25;
}
