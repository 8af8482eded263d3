using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Tests.Metrics.Randomised;

/// <summary>
/// A deliberately naive second implementation of the participation figures, written straight from
/// monitoring-metrics.md and the decisions in docs/metrics.md: LINQ over lists, recomputing freely,
/// sharing no code with <see cref="Participation"/> — not even the e-mail normalisation of
/// <see cref="DirectoryEntry"/> or the logic of <see cref="Period"/>, of which only the two ends are
/// read. It uses the model and report records only as data. Slow on purpose; it exists to be
/// obviously right, not fast.
/// </summary>
internal static class NaiveParticipation
{
    public static ParticipationReport Compute(ParticipationInput input, Period period, int threshold) =>
        Compute(input, period.From, period.To, threshold);

    /// <summary>The figures for the messages written at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public static ParticipationReport Compute(ParticipationInput input, DateTimeOffset from, DateTimeOffset to, int threshold)
    {
        if (threshold < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The anonymity threshold must be at least 3.");
        }

        // Addresses compare case-insensitively, ignoring surrounding white space.
        static string Address(string email)
        {
            var start = 0;
            var end = email.Length;
            while (start < end && char.IsWhiteSpace(email[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(email[end - 1]))
            {
                end--;
            }

            return string.Concat(email[start..end].Select(char.ToLowerInvariant));
        }

        // Instants compare by their UTC ticks, whatever offset they were given with.
        bool Between(DateTimeOffset start, DateTimeOffset end, DateTimeOffset at) =>
            start.UtcTicks <= at.UtcTicks && at.UtcTicks < end.UtcTicks;
        var before = from.AddTicks(-(to.UtcTicks - from.UtcTicks));

        var accounts = input.Accounts.ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        var directory = input.Directory.ToDictionary(e => Address(e.Email), StringComparer.Ordinal);
        var byId = input.Messages.ToDictionary(m => m.ExternalId, StringComparer.Ordinal);

        Account? Author(Message m) =>
            m.AuthorExternalId is not null && accounts.TryGetValue(m.AuthorExternalId, out var a) ? a : null;
        string PersonOfAccount(Account a) =>
            string.IsNullOrWhiteSpace(a.Email) ? "account:" + a.ExternalId : Address(a.Email);
        string? Person(Message m) => Author(m) is { } a ? PersonOfAccount(a) : null;
        bool IsMessage(Message m) =>
            m.Kind == MessageKind.Post && m.DeletedAt is null && !m.IsPrivate && Author(m)?.IsBot != true;
        bool IsStarter(Message m) => m.ThreadExternalId == m.ExternalId;
        string? Known(string? department) => string.IsNullOrWhiteSpace(department) ? null : department;
        string? Department(Message m)
        {
            var a = Author(m);
            if (a is null)
            {
                return null;
            }

            var fromDirectory = directory.TryGetValue(PersonOfAccount(a), out var e) ? Known(e.Department) : null;
            return fromDirectory ?? Known(a.Department);
        }

        static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

        // The anonymity rule, as monitoring-metrics.md words it: a group below the threshold is hidden;
        // while the hidden groups and the ungrouped together are some but fewer than the threshold, hide
        // the next smallest group too (the first of equals). True for the groups that may be listed.
        bool[] Listed(IReadOnlyList<int> sizes, int ungrouped)
        {
            var listed = sizes.Select(size => size >= threshold).ToArray();
            int Hidden() => ungrouped + sizes.Where((_, i) => !listed[i]).Sum();
            while (Hidden() > 0 && Hidden() < threshold && listed.Contains(true))
            {
                var next = Enumerable.Range(0, sizes.Count).Where(i => listed[i]).MinBy(i => sizes[i]);
                listed[next] = false;
            }

            return listed;
        }

        // What counts.
        var messages = input.Messages.Where(IsMessage).ToList();
        var inPeriod = messages.Where(m => Between(from, to, m.CreatedAt)).ToList();
        var starters = inPeriod.Where(IsStarter).ToList();
        var contributors = inPeriod.Select(Person).OfType<string>().ToHashSet();
        var written = inPeriod.Where(m => Person(m) is not null).GroupBy(m => Person(m)!).ToDictionary(g => g.Key, g => g.Count());
        int Written(string person) => written.GetValueOrDefault(person);

        // Target group and managers.
        var targetGroup = directory.Count > 0
            ? directory.Where(d => d.Value.InTargetGroup).Select(d => d.Key).ToHashSet()
            : input.Accounts.Where(a => a.State == AccountState.Active && !a.IsBot).Select(PersonOfAccount).ToHashSet();
        var managers = directory.Where(d => d.Value.InTargetGroup && d.Value.IsManager).Select(d => d.Key).ToHashSet();

        // First replies: per thread starter of the period, every reply in its thread by someone else.
        TimeSpan? WaitForFirstReply(Message starter)
        {
            var first = messages
                .Where(r => !IsStarter(r) && r.ThreadExternalId == starter.ExternalId)
                .Where(r => Person(r) is null || Person(starter) is null || Person(r) != Person(starter))
                .OrderBy(r => r.CreatedAt)
                .FirstOrDefault();
            return first is null ? null : first.CreatedAt - starter.CreatedAt;
        }

        var waits = starters.Select(WaitForFirstReply).ToList();
        var hours = waits.OfType<TimeSpan>().Select(w => w.TotalHours).Order().ToList();
        double? median = hours.Count == 0 ? null
            : hours.Count % 2 == 1 ? hours[hours.Count / 2]
            : (hours[(hours.Count / 2) - 1] + hours[hours.Count / 2]) / 2;

        // Replies to messages, with both departments.
        var repliesToMessages = inPeriod
            .Where(r => !IsStarter(r))
            .Select(r => (Reply: r, Parent: byId.GetValueOrDefault(r.ParentExternalId ?? r.ThreadExternalId)))
            .Where(p => p.Parent is not null && IsMessage(p.Parent))
            .Select(p => (From: Department(p.Reply), To: Department(p.Parent!)))
            .ToList();
        var bothKnown = repliesToMessages.Where(p => p.From is not null && p.To is not null).ToList();
        // The matrix's groups: the directory's departments by their entries; account-only ones are no group.
        var directoryDepartments = input.Directory
            .Where(e => Known(e.Department) is not null)
            .GroupBy(e => e.Department!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Entries: g.Count()))
            .ToList();
        var inMatrix = Listed([.. directoryDepartments.Select(d => d.Entries)], 0);
        var matrixHasOther = inMatrix.Contains(true) && inMatrix.Contains(false);
        (bool Appears, string? Label) Cell(string department)
        {
            var i = directoryDepartments.FindIndex(d => d.Name == department);
            return i < 0 ? (false, null)
                : inMatrix[i] ? (true, department)
                : (matrixHasOther, null);
        }

        var matrix = bothKnown
            .Select(p => (From: Cell(p.From!), To: Cell(p.To!)))
            .Where(p => p.From.Appears && p.To.Appears)
            .GroupBy(p => (From: p.From.Label, To: p.To.Label))
            .OrderBy(g => g.Key.From is null).ThenBy(g => g.Key.From, StringComparer.Ordinal)
            .ThenBy(g => g.Key.To is null).ThenBy(g => g.Key.To, StringComparer.Ordinal)
            .Select(g => new DepartmentFlow(g.Key.From, g.Key.To, g.Count()))
            .ToList();

        // Pyramid.
        var targetGroupCounts = targetGroup.Select(Written).Order().ToList();
        double? Top(decimal fraction)
        {
            if (inPeriod.Count == 0)
            {
                return null;
            }

            var take = Math.Max(1, (int)Math.Ceiling(contributors.Count * fraction));
            return (double)written.Values.OrderDescending().Take(take).Sum() / inPeriod.Count;
        }

        var n = targetGroupCounts.Count;
        var sum = targetGroupCounts.Sum();
        double? gini = sum == 0 ? null
            : targetGroupCounts.Select((x, i) => ((2.0 * (i + 1)) - n - 1) * x).Sum() / ((double)n * sum);

        // Newcomers and retention.
        var newcomers = messages
            .Where(m => Person(m) is not null)
            .GroupBy(m => Person(m)!)
            .Count(g => Between(from, to, g.Min(m => m.CreatedAt)));
        var previousContributors = messages
            .Where(m => Between(before, from, m.CreatedAt))
            .Select(Person).OfType<string>().ToHashSet();

        // Departments of the target group: listed ones, then everyone else as "other".
        var inTargetGroup = input.Directory.Where(e => e.InTargetGroup).ToList();
        var departments = inTargetGroup
            .Where(e => Known(e.Department) is not null)
            .GroupBy(e => e.Department!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var listedDepartments = Listed([.. departments.Select(g => g.Count())], inTargetGroup.Count(e => Known(e.Department) is null));
        var rows = departments.Where((_, i) => listedDepartments[i]).Select(g => (Name: g.Key, Entries: g.ToList())).ToList();
        var others = inTargetGroup.Except(rows.SelectMany(r => r.Entries)).ToList();
        var hasOther = rows.Count > 0 && others.Count > 0;
        if (hasOther)
        {
            rows.Add((DepartmentParticipation.Other, others));
        }

        // Manager figures: the managers over the rows, and the others over the rows, each under the rule.
        var bossesPerRow = rows.Select(r => r.Entries.Count(e => e.IsManager)).ToList();
        var othersPerRow = rows.Select(r => r.Entries.Count(e => !e.IsManager)).ToList();
        var bossesListed = Listed(bossesPerRow, 0);
        var othersListed = Listed(othersPerRow, 0);
        var reported = rows.Select((row, i) =>
            {
                var people = row.Entries.Select(e => Address(e.Email)).ToList();
                var bosses = row.Entries.Where(e => e.IsManager).Select(e => Address(e.Email)).ToList();
                var active = people.Count(contributors.Contains);
                var split = bossesListed[i] && (othersPerRow[i] == 0 || othersListed[i]);
                return new DepartmentParticipation(
                    row.Name, people.Count, active, (double)active / people.Count, people.Sum(Written),
                    split ? bosses.Count : null, split ? bosses.Count(contributors.Contains) : null);
            })
            .ToList();

        return new ParticipationReport(
            Messages: inPeriod.Count,
            Threads: starters.Count,
            Replies: inPeriod.Count - starters.Count,
            Contributors: contributors.Count,
            TargetGroupSize: targetGroup.Count,
            ActiveInTargetGroup: targetGroup.Count(contributors.Contains),
            ParticipationRate: Rate(targetGroup.Count(contributors.Contains), targetGroup.Count),
            ManagersInTargetGroup: managers.Count,
            ActiveManagers: managers.Count(contributors.Contains),
            ManagementParticipationRate: Rate(managers.Count(contributors.Contains), managers.Count),
            ThreadsAnsweredWithin24h: Rate(waits.Count(w => w <= TimeSpan.FromHours(24)), starters.Count),
            MedianHoursToFirstReply: median,
            UnansweredThreads: waits.Count(w => w is null),
            CrossDepartmentReplyShare: Rate(bothKnown.Count(p => p.From != p.To), repliesToMessages.Count),
            Pyramid: new Pyramid(
                Rate(targetGroupCounts.Count(c => c == 0), n),
                Top(0.01m),
                Top(0.10m),
                gini),
            Newcomers: newcomers,
            Retention: Rate(previousContributors.Count(contributors.Contains), previousContributors.Count),
            Departments: hasOther ? reported[..^1] : reported,
            OtherDepartments: hasOther ? reported[^1] : null,
            HiddenDepartments: listedDepartments.Count(listed => !listed),
            DepartmentMatrix: matrix);
    }
}
