namespace Pulse.Monitoring.Trends;

/// <summary>One message as the trend detection reads it.</summary>
public sealed record TrendText(string Id, DateTimeOffset CreatedAt, string Body, IReadOnlyList<string> Topics);
