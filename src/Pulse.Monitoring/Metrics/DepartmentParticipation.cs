namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Participation of the target-group members of one directory department. Only departments with at
/// least the anonymity threshold of target-group members are reported.
/// </summary>
/// <param name="Department">Department name exactly as the directory spells it (compared ordinally).</param>
/// <param name="TargetGroupSize">Directory entries in this department marked as target group.</param>
/// <param name="Active">Of those, the people with at least one message in the period.</param>
/// <param name="ParticipationRate"><paramref name="Active"/> / <paramref name="TargetGroupSize"/>.</param>
/// <param name="Messages">Messages in the period written by those target-group members.</param>
/// <param name="Managers">Target-group members of the department marked as managers.</param>
/// <param name="ActiveManagers">Of those, the ones with at least one message in the period.</param>
public sealed record DepartmentParticipation(
    string Department,
    int TargetGroupSize,
    int Active,
    double? ParticipationRate,
    int Messages,
    int Managers,
    int ActiveManagers);
