namespace Pulse.Monitoring.Alerts;

/// <summary>
/// One rule of an organisation. Which settings apply depends on the kind: a theme for the theme
/// rules; <see cref="Threshold"/> is the sentiment drop (0–2) or the z-score of a spike;
/// <see cref="Weeks"/> the span of a drop or of a silence; <see cref="Hours"/> the wait of an
/// unanswered question.
/// </summary>
public sealed record AlertRule(long Id, AlertKind Kind, string? Theme, double? Threshold, int? Weeks, int? Hours)
{
    /// <summary>The defaults a rule gets for what it was not given.</summary>
    public AlertRule WithDefaults() => Kind switch
    {
        AlertKind.SentimentDrop => this with { Threshold = Threshold ?? 0.2, Weeks = Weeks ?? 4 },
        AlertKind.VolumeSpike => this with { Threshold = Threshold ?? 3, Weeks = Weeks ?? 8 },
        AlertKind.DepartmentQuiet => this with { Weeks = Weeks ?? 2 },
        AlertKind.Unanswered => this with { Hours = Hours ?? 48 },
        _ => this,
    };

    /// <summary>True for the kinds that watch a theme.</summary>
    public bool NeedsTheme => Kind is AlertKind.SentimentDrop or AlertKind.VolumeSpike or AlertKind.OnePerson;
}
