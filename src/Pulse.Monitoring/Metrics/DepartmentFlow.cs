namespace Pulse.Monitoring.Metrics;

/// <summary>
/// One cell of the department matrix: how many replies in the period people of
/// <paramref name="FromDepartment"/> wrote to messages of people of <paramref name="ToDepartment"/>.
/// Same-department cells are included.
/// </summary>
public sealed record DepartmentFlow(string FromDepartment, string ToDepartment, int Replies);
