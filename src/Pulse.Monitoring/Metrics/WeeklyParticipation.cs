namespace Pulse.Monitoring.Metrics;

/// <summary>
/// One week of participation: the week's figures by the same rules as any period (a week runs
/// Monday 00:00 to Monday 00:00 UTC), with its departments shown or hidden as in every breakdown.
/// </summary>
/// <param name="Week">The Monday the week starts on.</param>
public sealed record WeeklyParticipation(
    DateOnly Week,
    int Messages,
    int Contributors,
    double? ParticipationRate,
    double? ManagementParticipationRate,
    IReadOnlyList<DepartmentParticipation> Departments,
    DepartmentParticipation? OtherDepartments);
