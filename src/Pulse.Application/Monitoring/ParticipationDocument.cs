using System.Text.Json.Serialization;
using Pulse.Monitoring.Metrics;

namespace Pulse.Application.Monitoring;

/// <summary>
/// What `pulse monitor participation --json` prints and `GET /api/v1/orgs/{slug}/participation`
/// returns: what the figures cover, then the fields of the participation report at the top level
/// (as issue 4 fixes them; definitions in docs/metrics.md), then the weeks when asked for. Rates and
/// shares are fractions 0..1, null when their denominator is 0.
/// </summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="From">Start of the period (inclusive), UTC.</param>
/// <param name="To">End of the period (exclusive), UTC.</param>
/// <param name="AnonymityThreshold">Groups smaller than this are not shown on their own.</param>
/// <param name="Messages">Messages in the period (posts not deleted, not private, not by a bot).</param>
/// <param name="Threads">Of those, thread starters.</param>
/// <param name="Replies">Of those, all other messages.</param>
/// <param name="Contributors">Distinct people with at least one message in the period.</param>
/// <param name="TargetGroupSize">People in the target group (the directory's, or the platform's active users without one).</param>
/// <param name="ActiveInTargetGroup">Contributors who are in the target group.</param>
/// <param name="ParticipationRate">activeInTargetGroup / targetGroupSize.</param>
/// <param name="ManagersInTargetGroup">Managers in the target group; 0 without a directory.</param>
/// <param name="ActiveManagers">Of those, contributors.</param>
/// <param name="ManagementParticipationRate">activeManagers / managersInTargetGroup; null without a directory.</param>
/// <param name="ThreadsAnsweredWithin24h">Share of the period's thread starters whose first reply came within 24 hours.</param>
/// <param name="MedianHoursToFirstReply">Median hours from thread starter to first reply.</param>
/// <param name="UnansweredThreads">Thread starters in the period without any reply.</param>
/// <param name="CrossDepartmentReplyShare">Share of replies whose author's department differs from the parent's author's.</param>
/// <param name="Pyramid">Lurkers, the share of the most active contributors, and the Gini coefficient.</param>
/// <param name="Newcomers">People whose first message ever falls in the period.</param>
/// <param name="Retention">Share of the previous period's contributors who contribute again in this one.</param>
/// <param name="Departments">Per department, as far as the anonymity rule lets them be shown.</param>
/// <param name="OtherDepartments">Everyone in the target group outside the listed departments, as one row; null when that is nobody.</param>
/// <param name="HiddenDepartments">How many departments the anonymity rule left out.</param>
/// <param name="DepartmentMatrix">Replies per (from, to) department; hidden departments merged into "other" (null).</param>
/// <param name="Weekly">The period week by week (Monday to Monday); absent unless asked for.</param>
public sealed record ParticipationDocument(
    string Organisation,
    string From,
    string To,
    int AnonymityThreshold,
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
    IReadOnlyList<DepartmentFlow> DepartmentMatrix,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WeeklyParticipation>? Weekly)
{
    public static ParticipationDocument Of(ParticipationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Report;
        return new ParticipationDocument(
            view.Organisation, PulseJson.Moment(view.Period.From), PulseJson.Moment(view.Period.To), view.AnonymityThreshold,
            r.Messages, r.Threads, r.Replies, r.Contributors, r.TargetGroupSize, r.ActiveInTargetGroup, r.ParticipationRate,
            r.ManagersInTargetGroup, r.ActiveManagers, r.ManagementParticipationRate, r.ThreadsAnsweredWithin24h, r.MedianHoursToFirstReply,
            r.UnansweredThreads, r.CrossDepartmentReplyShare, r.Pyramid, r.Newcomers, r.Retention, r.Departments, r.OtherDepartments,
            r.HiddenDepartments, r.DepartmentMatrix, view.Weekly);
    }
}
