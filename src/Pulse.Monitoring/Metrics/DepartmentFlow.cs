namespace Pulse.Monitoring.Metrics;

/// <summary>
/// One cell of the department matrix: how many replies in the period people of
/// <paramref name="FromDepartment"/> wrote to messages of people of <paramref name="ToDepartment"/>.
/// Same-department cells are included.
/// </summary>
/// <param name="FromDepartment">The replying people's department as the directory spells it; null for "other",
/// the departments too small to show by name, merged.</param>
/// <param name="ToDepartment">The department of the people replied to; null for "other" likewise.</param>
/// <param name="Replies">Replies in the period, at least 1.</param>
public sealed record DepartmentFlow(string? FromDepartment, string? ToDepartment, int Replies);
