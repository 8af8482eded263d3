namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Participation over time: the period cut into whole weeks (Monday to Monday, UTC; a first or last
/// partial week is widened to the whole week, so every point covers seven days and weeks compare),
/// each computed by <see cref="Participation.Compute"/> — the same messages, people and anonymity
/// rule as the period's own figures.
/// </summary>
public static class WeeklySeries
{
    public static IReadOnlyList<WeeklyParticipation> Compute(ParticipationInput input, Period period, int anonymityThreshold = 5)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(period);
        var weeks = new List<WeeklyParticipation>();
        for (var monday = MondayOf(period.From); monday < period.To; monday = monday.AddDays(7))
        {
            var week = new Period(monday, monday.AddDays(7));
            var report = Participation.Compute(input, week, anonymityThreshold);
            weeks.Add(new WeeklyParticipation(
                DateOnly.FromDateTime(monday.UtcDateTime),
                report.Messages,
                report.Contributors,
                report.ParticipationRate,
                report.ManagementParticipationRate,
                report.Departments,
                report.OtherDepartments));
        }

        return weeks;
    }

    /// <summary>00:00 UTC of the Monday on or before <paramref name="moment"/>.</summary>
    public static DateTimeOffset MondayOf(DateTimeOffset moment)
    {
        var day = moment.UtcDateTime.Date;
        var back = ((int)day.DayOfWeek + 6) % 7;
        return new DateTimeOffset(day.AddDays(-back), TimeSpan.Zero);
    }
}
