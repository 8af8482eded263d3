namespace Pulse.Monitoring.Metrics;

/// <summary>Days since 1970-01-01 in UTC: how the import's aggregates date what they count.</summary>
public static class DayNumber
{
    /// <summary>The UTC day <paramref name="moment"/> falls on.</summary>
    public static int Of(DateTimeOffset moment) =>
        (int)Math.Floor((double)(moment.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerDay);

    /// <summary>00:00 UTC of the day.</summary>
    public static DateTimeOffset Start(int day) => new(DateTime.UnixEpoch.AddDays(day), TimeSpan.Zero);

    /// <summary>True when the moment is 00:00 UTC, so that whole days cover a period exactly.</summary>
    public static bool IsMidnight(DateTimeOffset moment) => moment.UtcTicks % TimeSpan.TicksPerDay == 0;
}
