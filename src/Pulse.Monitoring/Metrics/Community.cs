namespace Pulse.Monitoring.Metrics;

/// <summary>
/// One community (Yammer group, Slack/Teams/Mattermost channel) in a period: its messages, its
/// contributors, the share of the organisation's target group that took part in it, how quickly its
/// threads were answered, and its trend against the previous period of the same length.
/// </summary>
/// <param name="Group">The group's source-qualified id (<c>slack:C123</c>).</param>
/// <param name="TargetGroupShare">Target-group members who wrote in the group / the whole target group; null without a target group.</param>
/// <param name="Trend">Messages in the period / messages in the previous period − 1 (0.25 = a quarter more); null when the previous period had none.</param>
public sealed record Community(
    string Group,
    string Name,
    int Messages,
    int Threads,
    int Contributors,
    double? TargetGroupShare,
    double? ThreadsAnsweredWithin24h,
    double? MedianHoursToFirstReply,
    int PreviousMessages,
    double? Trend);
