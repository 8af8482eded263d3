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
/// unknown department on either side stays in the denominator.
/// <para>The matrix counts every reply with both departments known, same-department pairs included.
/// Its groups are the directory's departments sized by directory entries (target group or not), and
/// <see cref="Suppression"/> decides which are shown by name, exactly as for the department table:
/// the hidden ones (complementary ones included) are merged into one "other" department, or, when no
/// department can be shown, the matrix is empty. Departments known only from accounts have no
/// directory entries to vouch for their size, so their replies are left out — and without a directory
/// there is no matrix.</para>
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

        return Of(replies, crossDepartment, flows, people, anonymityThreshold);
    }

    /// <summary>The figures from the period's counts: replies, those across departments, and replies per (from, to) department number.</summary>
    public static Connection Of(int replies, int crossDepartment, Dictionary<(int From, int To), int> flows, People people, int anonymityThreshold)
    {
        return new Connection(replies == 0 ? null : (double)crossDepartment / replies, Shown(flows, people, anonymityThreshold));
    }

    /// <summary>The flows between departments the anonymity rule lets through, hidden ones merged into "other".</summary>
    private static List<DepartmentFlow> Shown(Dictionary<(int From, int To), int> flows, People people, int anonymityThreshold)
    {
        var (label, appears) = Labels(people, anonymityThreshold);
        var cells = new Dictionary<(string? From, string? To), int>();
        foreach (var ((fromDepartment, toDepartment), count) in flows)
        {
            if (appears[fromDepartment] && appears[toDepartment])
            {
                CollectionsMarshal.GetValueRefOrAddDefault(cells, (label[fromDepartment], label[toDepartment]), out _) += count;
            }
        }

        var matrix = cells.Select(cell => new DepartmentFlow(cell.Key.From, cell.Key.To, cell.Value)).ToList();
        matrix.Sort(static (a, b) =>
        {
            var byFrom = CompareLabels(a.FromDepartment, b.FromDepartment);
            return byFrom != 0 ? byFrom : CompareLabels(a.ToDepartment, b.ToDepartment);
        });
        return matrix;
    }

    /// <summary>
    /// Per department number: its label in the matrix (null for "other") and whether it appears at all.
    /// The groups are the directory's departments, sized by directory entries; one known only from
    /// accounts has no size anyone vouches for, so it is no group and its flows are left out.
    /// </summary>
    private static (string?[] Label, bool[] Appears) Labels(People people, int anonymityThreshold)
    {
        var directoryDepartments = new List<int>();
        for (var department = 0; department < people.DepartmentCount; department++)
        {
            if (people.DirectoryEntriesIn(department) > 0)
            {
                directoryDepartments.Add(department);
            }
        }

        directoryDepartments.Sort((a, b) => string.CompareOrdinal(people.DepartmentName(a), people.DepartmentName(b)));
        var suppression = Suppression.Of([.. directoryDepartments.Select(people.DirectoryEntriesIn)], 0, anonymityThreshold);
        var showOther = suppression.ShowsAny && suppression.Rest > 0;
        var label = new string?[people.DepartmentCount];
        var appears = new bool[people.DepartmentCount];
        for (var i = 0; i < directoryDepartments.Count; i++)
        {
            var department = directoryDepartments[i];
            appears[department] = suppression.IsShown(i) || showOther;
            label[department] = suppression.IsShown(i) ? people.DepartmentName(department) : null;
        }

        return (label, appears);
    }

    /// <summary>
    /// Per department of the matrix (the same anonymity rule, hidden ones as one "other" row): the
    /// replies it wrote and received, and the shares of those that crossed a department boundary.
    /// Crossing is decided per department, so replies between two hidden departments inside "other" cross.
    /// </summary>
    internal static IReadOnlyList<DepartmentConnection> Departments(Dictionary<(int From, int To), int> flows, People people, int anonymityThreshold)
    {
        var (label, appears) = Labels(people, anonymityThreshold);
        var rows = new Dictionary<string, (int Written, int WrittenAcross, int Received, int ReceivedAcross)>(StringComparer.Ordinal);
        const string other = "\u0000other";
        foreach (var ((from, to), count) in flows)
        {
            if (!appears[from] || !appears[to]) continue;
            var across = from != to ? count : 0;
            var writer = label[from] ?? other;
            var receiver = label[to] ?? other;
            var w = rows.GetValueOrDefault(writer);
            rows[writer] = w with { Written = w.Written + count, WrittenAcross = w.WrittenAcross + across };
            var r = rows.GetValueOrDefault(receiver);
            rows[receiver] = r with { Received = r.Received + count, ReceivedAcross = r.ReceivedAcross + across };
        }

        return [.. rows
            .Select(row =>
            {
                var (written, writtenAcross, received, receivedAcross) = row.Value;
                double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
                var onlyOwn = written >= DepartmentConnection.MinimumReplies && received >= DepartmentConnection.MinimumReplies
                    && Share(writtenAcross, written) <= DepartmentConnection.SiloShare && Share(receivedAcross, received) <= DepartmentConnection.SiloShare;
                return new DepartmentConnection(row.Key == other ? null : row.Key, written, Share(writtenAcross, written), received, Share(receivedAcross, received), onlyOwn);
            })
            .OrderBy(d => d.Department is null).ThenBy(d => d.Department, StringComparer.Ordinal)];
    }

    /// <summary>Department names in ordinal order, "other" (null) after every name.</summary>
    private static int CompareLabels(string? a, string? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(a, b),
        };
}
