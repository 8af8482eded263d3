namespace Pulse.Monitoring.Alerts;

/// <summary>
/// The tests of the alert rules over weekly series, pure: the application gathers the series (from
/// the themes, the participation aggregates, the thread starts) and stores what these raise.
/// Series are whole weeks in order, the last one the latest complete or current week.
/// </summary>
public static class AlertChecks
{
    /// <summary>Fewer messages in a week than this and its mean sentiment says too little to compare.</summary>
    public const int MinimumMessages = 5;

    /// <summary>A spike needs at least this many messages in its week, whatever the z-score.</summary>
    public const int MinimumSpike = 10;

    /// <summary>
    /// The theme's sentiment fell by more than <paramref name="drop"/> from the week
    /// <paramref name="weeks"/> weeks before the last to the last (both with enough messages).
    /// </summary>
    public static RaisedAlert? SentimentDrop(long ruleId, string theme, IReadOnlyList<WeekValue> series, double drop, int weeks)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count <= weeks) return null;
        var (last, before) = (series[^1], series[^(weeks + 1)]);
        if (last.Count < MinimumMessages || before.Count < MinimumMessages || last.Mean is not { } now || before.Mean is not { } then) return null;
        return then - now > drop
            ? new RaisedAlert(ruleId, AlertKind.SentimentDrop, $"{theme}|{last.Week:yyyy-MM-dd}", theme, now - then, then, Start(last.Week))
            : null;
    }

    /// <summary>
    /// The last week's count is at least <see cref="MinimumSpike"/> and at least <paramref name="z"/>
    /// standard deviations (sample, floored at 1) above the mean of the <paramref name="baselineWeeks"/> weeks before.
    /// </summary>
    public static RaisedAlert? VolumeSpike(long ruleId, string theme, IReadOnlyList<WeekValue> series, double z, int baselineWeeks)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count < baselineWeeks + 1 || baselineWeeks < 2) return null;
        var last = series[^1];
        var baseline = series.Skip(series.Count - 1 - baselineWeeks).Take(baselineWeeks).Select(w => (double)w.Count).ToList();
        var mean = baseline.Average();
        var sd = Math.Sqrt(baseline.Sum(c => (c - mean) * (c - mean)) / (baseline.Count - 1));
        var score = (last.Count - mean) / Math.Max(1, sd);
        return last.Count >= MinimumSpike && score >= z
            ? new RaisedAlert(ruleId, AlertKind.VolumeSpike, $"{theme}|{last.Week:yyyy-MM-dd}", theme, last.Count, mean, Start(last.Week))
            : null;
    }

    /// <summary>
    /// Each department silent (no message) in the last <paramref name="weeks"/> weeks that wrote in the
    /// <paramref name="weeks"/> weeks before them. A department the anonymity rule hides in a week is
    /// not in that week's series, and so never judged on it.
    /// </summary>
    public static IReadOnlyList<RaisedAlert> DepartmentQuiet(long ruleId, IReadOnlyDictionary<string, IReadOnlyList<WeekValue>> departments, int weeks)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var raised = new List<RaisedAlert>();
        foreach (var (department, series) in departments.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (series.Count < 2 * weeks) continue;
            var recent = series.Skip(series.Count - weeks).ToList();
            var before = series.Skip(series.Count - (2 * weeks)).Take(weeks).ToList();
            if (recent.All(w => w.Count == 0) && before.Sum(w => w.Count) > 0)
            {
                raised.Add(new RaisedAlert(
                    ruleId, AlertKind.DepartmentQuiet, $"{department}|{recent[0].Week:yyyy-MM-dd}", department, 0, before.Sum(w => w.Count), Start(recent[0].Week)));
            }
        }

        return raised;
    }

    /// <summary>Each starter still without a first reply <paramref name="hours"/> hours after it was written, as of <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<RaisedAlert> Unanswered(long ruleId, IEnumerable<(string Thread, DateTimeOffset Started)> unanswered, DateTimeOffset asOf, int hours)
    {
        ArgumentNullException.ThrowIfNull(unanswered);
        return [.. unanswered
            .Where(t => asOf - t.Started > TimeSpan.FromHours(hours))
            .OrderBy(t => t.Started).ThenBy(t => t.Thread, StringComparer.Ordinal)
            .Select(t => new RaisedAlert(ruleId, AlertKind.Unanswered, t.Thread, t.Thread, (asOf - t.Started).TotalHours, hours, t.Started.AddHours(hours)))];
    }

    private static DateTimeOffset Start(DateOnly week) => new(week.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
