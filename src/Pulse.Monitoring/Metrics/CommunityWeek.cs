namespace Pulse.Monitoring.Metrics;

/// <summary>One week (Monday to Monday, UTC) of one community: its messages, its contributors and the share of the target group among them.</summary>
public sealed record CommunityWeek(DateOnly Week, int Messages, int Contributors, double? TargetGroupShare);
