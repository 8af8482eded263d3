namespace Pulse.Monitoring.Metrics;

/// <summary>
/// The participation figures of one organisation for one <see cref="Period"/>, as defined in
/// <c>docs/metrics.md</c> (which follows <c>monitoring-metrics.md</c>). Rates and shares are
/// fractions in 0..1, never percentages, and null when their denominator is 0.
/// </summary>
/// <remarks>
/// The organisation's own figures are never suppressed; every breakdown is (see <c>docs/metrics.md</c>,
/// "Anonymity"): no listed department, other row or manager figure, and no difference between the
/// totals and the listed rows, is about fewer people than the anonymity threshold (at least 3).
/// </remarks>
/// <param name="Messages">Messages in the period: posts that are not deleted, not private and not by a bot
/// account, including those whose author is unknown.</param>
/// <param name="Threads">Of those, thread starters (<c>ThreadExternalId == ExternalId</c>).</param>
/// <param name="Replies">Of those, all other messages.</param>
/// <param name="Contributors">Distinct people with at least one message in the period; messages whose
/// author is unknown count towards no one.</param>
/// <param name="TargetGroupSize">Directory entries marked as target group; without any directory, the
/// distinct people behind accounts that are active and not bots.</param>
/// <param name="ActiveInTargetGroup">Contributors who are in the target group.</param>
/// <param name="ParticipationRate"><paramref name="ActiveInTargetGroup"/> / <paramref name="TargetGroupSize"/>.</param>
/// <param name="ManagersInTargetGroup">Directory entries marked both as manager and as target group; 0 without a directory.</param>
/// <param name="ActiveManagers">Of those, contributors.</param>
/// <param name="ManagementParticipationRate"><paramref name="ActiveManagers"/> / <paramref name="ManagersInTargetGroup"/>;
/// null without a directory.</param>
/// <param name="ThreadsAnsweredWithin24h">Thread starters in the period whose first reply came at most 24 hours
/// later / all thread starters in the period.</param>
/// <param name="MedianHoursToFirstReply">Median hours from starter to first reply over the period's starters
/// that have one (mean of the two middle values for an even count).</param>
/// <param name="UnansweredThreads">Thread starters in the period without any first reply, ever.</param>
/// <param name="CrossDepartmentReplyShare">Replies in the period whose parent is a message, where both authors'
/// departments are known and differ / all replies in the period whose parent is a message.</param>
/// <param name="Pyramid">Lurkers, the share of the most active contributors, and the Gini coefficient.</param>
/// <param name="Newcomers">People whose first message ever falls in the period.</param>
/// <param name="Retention">Contributors of the previous period of equal length who contribute again in this one
/// / contributors of that previous period.</param>
/// <param name="Departments">Per directory department of the target group, by name (ordinal), as far as the
/// anonymity rule lets them be shown: a department with fewer target-group members than the threshold is left out,
/// and so is the smallest other one when the left-out departments and the members without a department together
/// are fewer than the threshold (so that no small group is the totals minus the listed rows).</param>
/// <param name="OtherDepartments">Everyone in the target group outside <paramref name="Departments"/> — the hidden
/// departments and the members without a department — as one row named <see cref="DepartmentParticipation.Other"/>;
/// exactly the totals minus the listed rows, and never fewer than the threshold. Null when that is nobody, or when
/// no department is listed (it would repeat the totals).</param>
/// <param name="HiddenDepartments">How many departments were left out of <paramref name="Departments"/>.</param>
/// <param name="DepartmentMatrix">Replies per (from, to) department where both are known, by from then to
/// (ordinal, "other" last). Directory departments the anonymity rule hides (counted in directory entries) are
/// merged into "other" (a null name); departments known only from accounts are left out.</param>
public sealed record ParticipationReport(
    int Messages,
    int Threads,
    int Replies,
    int Contributors,
    int TargetGroupSize,
    int ActiveInTargetGroup,
    double? ParticipationRate,
    int ManagersInTargetGroup,
    int ActiveManagers,
    double? ManagementParticipationRate,
    double? ThreadsAnsweredWithin24h,
    double? MedianHoursToFirstReply,
    int UnansweredThreads,
    double? CrossDepartmentReplyShare,
    Pyramid Pyramid,
    int Newcomers,
    double? Retention,
    IReadOnlyList<DepartmentParticipation> Departments,
    DepartmentParticipation? OtherDepartments,
    int HiddenDepartments,
    IReadOnlyList<DepartmentFlow> DepartmentMatrix);
