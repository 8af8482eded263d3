namespace Pulse.Monitoring.Alerts;

/// <summary>What an alert rule watches (issue 10, "Alerts").</summary>
public enum AlertKind
{
    /// <summary>A theme's weekly sentiment falls by more than the threshold over a number of weeks.</summary>
    SentimentDrop,

    /// <summary>A theme's weekly volume is far above its own baseline (z-score).</summary>
    VolumeSpike,

    /// <summary>A department that wrote in the weeks before writes nothing for a number of weeks.</summary>
    DepartmentQuiet,

    /// <summary>A thread starter stays without a reply by someone else for more than a number of hours.</summary>
    Unanswered,

    /// <summary>A theme's replies come to rest on one person (its contributor absence factor is 1).</summary>
    OnePerson,
}
