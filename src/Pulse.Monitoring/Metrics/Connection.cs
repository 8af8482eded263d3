using System.Runtime.InteropServices;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// How much people answer across department lines: the cross-department reply share and the
/// department matrix.
/// </summary>
/// <remarks>
/// Only replies in the period whose parent is a message count: the parent is
/// <see cref="Message.ParentExternalId"/>, or the thread starter when that is null, and it must be
/// present in the input and itself a message (not deleted, private or by a bot). The share's
/// numerator is the replies where both authors' departments are known and differ; a reply with an
/// unknown department on either side stays in the denominator. The matrix counts every reply with
/// both departments known, same-department pairs included, and leaves out every pair in which a
/// department has fewer directory entries than the anonymity threshold — so without a directory,
/// and for departments known only from accounts, there is no matrix (at a threshold above 0).
/// </remarks>
internal sealed record Connection(double? CrossDepartmentReplyShare, IReadOnlyList<DepartmentFlow> Matrix)
{
    public static Connection Measure(
        IReadOnlyList<Message> messages, ActivityTally activity, People people, Period period, int anonymityThreshold)
    {
        var (from, to) = (period.From.UtcTicks, period.To.UtcTicks);
        var replies = 0;
        var crossDepartment = 0;
        var flows = new Dictionary<(int From, int To), int>();

        for (var i = 0; i < messages.Count; i++)
        {
            var reply = messages[i];
            var at = reply.CreatedAt.UtcTicks;
            if (!activity.Counts(i) || reply.IsThreadStarter || at < from || at >= to)
            {
                continue;
            }

            var parent = activity.CountedMessage(reply.ParentExternalId ?? reply.ThreadExternalId);
            if (parent < 0)
            {
                continue;
            }

            replies++;
            var fromDepartment = people.DepartmentOf(activity.AuthorAccount(i));
            var toDepartment = people.DepartmentOf(activity.AuthorAccount(parent));
            if (fromDepartment < 0 || toDepartment < 0)
            {
                continue;
            }

            // Department numbers stand for ordinally distinct names, so comparing numbers is comparing names.
            if (fromDepartment != toDepartment)
            {
                crossDepartment++;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(flows, (fromDepartment, toDepartment), out _)++;
        }

        var matrix = new List<DepartmentFlow>(flows.Count);
        foreach (var ((fromDepartment, toDepartment), count) in flows)
        {
            if (people.DirectoryEntriesIn(fromDepartment) >= anonymityThreshold
                && people.DirectoryEntriesIn(toDepartment) >= anonymityThreshold)
            {
                matrix.Add(new DepartmentFlow(people.DepartmentName(fromDepartment), people.DepartmentName(toDepartment), count));
            }
        }

        matrix.Sort(static (a, b) =>
        {
            var byFrom = string.CompareOrdinal(a.FromDepartment, b.FromDepartment);
            return byFrom != 0 ? byFrom : string.CompareOrdinal(a.ToDepartment, b.ToDepartment);
        });

        return new Connection(replies == 0 ? null : (double)crossDepartment / replies, matrix);
    }
}
