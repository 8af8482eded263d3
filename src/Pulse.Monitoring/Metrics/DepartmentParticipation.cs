namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Participation of the target-group members of one directory department, or of everyone in the
/// target group outside the listed departments (<see cref="Other"/>). Which departments are listed,
/// and when manager figures are given, is decided by the anonymity rule described on
/// <see cref="ParticipationReport"/>.
/// </summary>
/// <param name="Department">Department name exactly as the directory spells it (compared ordinally); <see cref="Other"/>
/// for the other row.</param>
/// <param name="TargetGroupSize">Directory entries in this department marked as target group; never fewer than the
/// anonymity threshold.</param>
/// <param name="Active">Of those, the people with at least one message in the period.</param>
/// <param name="ParticipationRate"><paramref name="Active"/> / <paramref name="TargetGroupSize"/>.</param>
/// <param name="Messages">Messages in the period written by those target-group members.</param>
/// <param name="Managers">Target-group members of the department marked as managers; null where that would show fewer
/// managers (or non-managers, other than none) than the anonymity threshold, directly or by subtraction.</param>
/// <param name="ActiveManagers">Of those, the ones with at least one message in the period; null exactly when
/// <paramref name="Managers"/> is.</param>
public sealed record DepartmentParticipation(
    string Department,
    int TargetGroupSize,
    int Active,
    double? ParticipationRate,
    int Messages,
    int? Managers,
    int? ActiveManagers)
{
    /// <summary>
    /// The name on the other row: the hidden departments and the target-group members without a
    /// department, merged. It is reported apart from the listed departments, so a directory department
    /// spelt the same is never confused with it.
    /// </summary>
    public const string Other = "(other)";
}
