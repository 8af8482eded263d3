namespace Pulse.Monitoring.Alerts;

/// <summary>One week (its Monday) of a series an alert rule watches: a count and, where it has one, a mean.</summary>
public sealed record WeekValue(DateOnly Week, int Count, double? Mean);
