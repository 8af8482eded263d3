using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Computes the participation figures of <c>monitoring-metrics.md</c> for one organisation and period.
/// Pure: no I/O, the same input always gives the same report, lists in ordinal order.
/// </summary>
/// <remarks>
/// <para>What counts as a message: <see cref="MessageKind.Post"/>, not deleted, not private, and not
/// written by an account flagged <see cref="Account.IsBot"/>. Every other row is ignored by every
/// figure, and so never serves as a first reply or as the parent of a reply either.</para>
/// <para>Who is a person: the author account's e-mail normalised with
/// <see cref="DirectoryEntry.NormaliseEmail"/>, or the account itself when it has no (or a blank)
/// e-mail. Messages whose author is missing or not among the accounts count as messages but belong to
/// no one: not a contributor, a newcomer or a target-group member.</para>
/// <para>Target group: directory entries marked so; when the directory is empty, the people behind
/// accounts that are <see cref="AccountState.Active"/> and not bots (counted per person, so two accounts
/// with one address are one member). Managers: directory entries marked as manager and as target
/// group; none without a directory, with a null rate.</para>
/// <para>Newcomers are people whose first message ever — over all input messages that count, not only
/// the period's — falls in the period. Retention compares with <see cref="Period.Previous"/>.</para>
/// <para>The first-reply rules are on <see cref="Responsiveness"/>, the cross-department rules on
/// <see cref="Connection"/>, the per-department rules on <see cref="DepartmentBreakdown"/>.</para>
/// <para>Cost: three passes over the messages with dictionary look-ups by id, then work per person;
/// linear in the input.</para>
/// </remarks>
public static class Participation
{
    /// <summary>The smallest anonymity threshold accepted: groups of 1 or 2 are never shown.</summary>
    public const int SmallestAnonymityThreshold = Suppression.SmallestThreshold;

    /// <param name="anonymityThreshold">Smallest group reported in a breakdown (default 5 people), at least 3.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="anonymityThreshold"/> is below 3: groups of one or
    /// two people are never shown, whatever the caller asks.</exception>
    /// <exception cref="ArgumentException">An id occurs twice, or a directory entry has no e-mail.</exception>
    public static ParticipationReport Compute(ParticipationInput input, Period period, int anonymityThreshold = 5)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(period);
        Suppression.CheckThreshold(anonymityThreshold, nameof(anonymityThreshold));

        var people = People.Resolve(input.Accounts, input.Directory);
        var activity = ActivityTally.Of(input.Messages, people, period);
        var responsiveness = Responsiveness.Measure(input.Messages, activity, people);
        var connection = Connection.Measure(input.Messages, activity, people, period, anonymityThreshold);
        return Assemble(people, activity, responsiveness, connection, period, anonymityThreshold);
    }

    /// <summary>The report from a period's tallies, however they were made (every message, or the import's aggregates).</summary>
    internal static ParticipationReport Assemble(
        People people, IPeriodActivity activity, Responsiveness responsiveness, Connection connection, Period period, int anonymityThreshold)
    {
        var departments = DepartmentBreakdown.Of(people, activity, anonymityThreshold);

        int contributors = 0, targetGroup = 0, activeInTargetGroup = 0, managers = 0, activeManagers = 0;
        int newcomers = 0, previousContributors = 0, retained = 0;
        var (from, to) = (period.From.UtcTicks, period.To.UtcTicks);
        for (var person = 0; person < people.Count; person++)
        {
            var active = activity.MessagesInPeriod[person] > 0;
            contributors += active ? 1 : 0;
            if (people.InTargetGroup[person])
            {
                targetGroup++;
                activeInTargetGroup += active ? 1 : 0;
            }

            if (people.IsManagerInTargetGroup[person])
            {
                managers++;
                activeManagers += active ? 1 : 0;
            }

            var first = activity.FirstMessageTicks[person];
            newcomers += from <= first && first < to ? 1 : 0;
            if (activity.ContributedInPrevious[person])
            {
                previousContributors++;
                retained += active ? 1 : 0;
            }
        }

        return new ParticipationReport(
            Messages: activity.Messages,
            Threads: activity.Threads,
            Replies: activity.Replies,
            Contributors: contributors,
            TargetGroupSize: targetGroup,
            ActiveInTargetGroup: activeInTargetGroup,
            ParticipationRate: Rate(activeInTargetGroup, targetGroup),
            ManagersInTargetGroup: managers,
            ActiveManagers: activeManagers,
            ManagementParticipationRate: Rate(activeManagers, managers),
            ThreadsAnsweredWithin24h: responsiveness.AnsweredWithin24h,
            MedianHoursToFirstReply: responsiveness.MedianHoursToFirstReply,
            UnansweredThreads: responsiveness.Unanswered,
            CrossDepartmentReplyShare: connection.CrossDepartmentReplyShare,
            Pyramid: Pyramid.Of(people, activity),
            Newcomers: newcomers,
            Retention: Rate(retained, previousContributors),
            Departments: departments.Shown,
            OtherDepartments: departments.Other,
            HiddenDepartments: departments.Hidden,
            DepartmentMatrix: connection.Matrix);
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
