using System.Runtime.InteropServices;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// The participation figures, the weekly series and the communities computed from the import's
/// aggregates (<see cref="MonitoringAggregates"/>) rather than from every message — the same rules
/// and the same report as <see cref="Participation"/>, <see cref="WeeklySeries"/> and
/// <see cref="Metrics.Communities"/>, for periods of whole UTC days. Prepare one per organisation
/// and directory, then ask for as many periods as needed: each costs a pass over the period's days.
/// </summary>
/// <remarks>
/// One difference with <see cref="Metrics.Communities"/>: a community's first reply is the thread's
/// first reply wherever the platform filed it, where the message-based computation only sees the
/// replies filed in the same community. No platform files a reply elsewhere than its thread.
/// </remarks>
public sealed class AggregatedParticipation
{
    private readonly MonitoringAggregates aggregates;
    private readonly People people;
    private readonly bool includePrivate;
    private readonly long[] firstMessageTicks;
    private readonly int targetGroupSize;
    private readonly int directoryEntries;

    /// <param name="includePrivate">Count private conversations (the organisation's opt-in).</param>
    public AggregatedParticipation(MonitoringAggregates aggregates, IReadOnlyList<DirectoryEntry> directory, bool includePrivate)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        ArgumentNullException.ThrowIfNull(directory);
        this.aggregates = aggregates;
        this.includePrivate = includePrivate;
        directoryEntries = directory.Count;
        people = People.Resolve(aggregates.Accounts, directory);
        for (var person = 0; person < people.Count; person++) targetGroupSize += people.InTargetGroup[person] ? 1 : 0;
        firstMessageTicks = new long[people.Count];
        Array.Fill(firstMessageTicks, long.MaxValue);
        var firstDays = includePrivate ? aggregates.FirstDayWithPrivate : aggregates.FirstDay;
        for (var account = 0; account < aggregates.Accounts.Count; account++)
        {
            var person = people.PersonOf(account);
            if (firstDays[account] is { } day && !people.IsBot(account))
            {
                firstMessageTicks[person] = Math.Min(firstMessageTicks[person], DayNumber.Start(day).UtcTicks);
            }
        }
    }

    /// <inheritdoc cref="Participation.Compute"/>
    /// <exception cref="ArgumentException">The period does not start and end at midnight UTC.</exception>
    public ParticipationReport Compute(Period period, int anonymityThreshold = 5)
    {
        ArgumentNullException.ThrowIfNull(period);
        Suppression.CheckThreshold(anonymityThreshold, nameof(anonymityThreshold));
        var (from, to) = Days(period);
        var activity = Tally(from, to, previousFrom: from - (to - from), group: null);

        var starters = 0;
        var waits = new List<long>();
        foreach (ref readonly var thread in Range(aggregates.Threads, from, to, static t => t.Day))
        {
            if (!Counts(thread.IsPrivate, thread.Account)) continue;
            starters++;
            if ((includePrivate ? thread.FirstReplyWithPrivateTicks : thread.FirstReplyTicks) is { } reply) waits.Add(reply - thread.StartedTicks);
        }

        var (replies, crossDepartment, flows) = Flows(from, to);
        return Participation.Assemble(
            people, activity, Responsiveness.Of(starters, waits), Connection.Of(replies, crossDepartment, flows, people, anonymityThreshold), period, anonymityThreshold);
    }

    /// <summary>
    /// Who answers whom between departments over the period: the overall cross-department share, the
    /// department matrix and per department the shares that cross, under the same anonymity rule as
    /// the participation figures (small departments merged into "other").
    /// </summary>
    public ConnectionReport Connections(Period period, int anonymityThreshold = 5)
    {
        ArgumentNullException.ThrowIfNull(period);
        Suppression.CheckThreshold(anonymityThreshold, nameof(anonymityThreshold));
        var (from, to) = Days(period);
        var (replies, crossDepartment, flows) = Flows(from, to);
        var connection = Connection.Of(replies, crossDepartment, flows, people, anonymityThreshold);
        return new ConnectionReport(connection.CrossDepartmentReplyShare, connection.Matrix, Connection.Departments(flows, people, anonymityThreshold));
    }

    /// <summary>The period's countable replies, those across departments, and replies per (from, to) department number.</summary>
    private (int Replies, int CrossDepartment, Dictionary<(int From, int To), int> Flows) Flows(int from, int to)
    {
        int replies = 0, crossDepartment = 0;
        var flows = new Dictionary<(int From, int To), int>();
        foreach (ref readonly var row in Range(aggregates.Replies, from, to, static r => r.Day))
        {
            if (!Counts(row.IsPrivate, row.FromAccount) || people.IsBot(row.ToAccount)) continue;
            replies += row.Replies;
            var (fromDepartment, toDepartment) = (people.DepartmentOf(row.FromAccount), people.DepartmentOf(row.ToAccount));
            if (fromDepartment < 0 || toDepartment < 0) continue;
            if (fromDepartment != toDepartment) crossDepartment += row.Replies;
            CollectionsMarshal.GetValueRefOrAddDefault(flows, (fromDepartment, toDepartment), out _) += row.Replies;
        }

        return (replies, crossDepartment, flows);
    }

    /// <inheritdoc cref="WeeklySeries.Compute"/>
    /// <param name="period">The period; its weeks run Monday to Monday.</param>
    /// <param name="anonymityThreshold">As for the period's own figures.</param>
    /// <param name="group">Only the messages of this community (<c>source:id</c>); null for the whole organisation.</param>
    public IReadOnlyList<WeeklyParticipation> Weekly(Period period, int anonymityThreshold = 5, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        Suppression.CheckThreshold(anonymityThreshold, nameof(anonymityThreshold));
        int? only = null;
        if (group is not null)
        {
            var index = aggregates.Groups.ToList().IndexOf(group);
            // A community without countable messages: every week is empty (index −2 matches no row).
            only = index < 0 ? -2 : index;
        }

        var none = Connection.Of(0, 0, [], people, anonymityThreshold);
        var weeks = new List<WeeklyParticipation>();
        for (var monday = WeeklySeries.MondayOf(period.From); monday < period.To; monday = monday.AddDays(7))
        {
            var week = new Period(monday, monday.AddDays(7));
            var from = DayNumber.Of(monday);
            // Only the week's own figures are shown, so no previous period is tallied.
            var report = Participation.Assemble(people, Tally(from, from + 7, previousFrom: from, group: only), Responsiveness.Of(0, []), none, week, anonymityThreshold);
            weeks.Add(new WeeklyParticipation(
                DateOnly.FromDateTime(monday.UtcDateTime),
                report.Messages,
                report.Contributors,
                report.ParticipationRate,
                report.ManagementParticipationRate,
                report.Departments,
                report.OtherDepartments));
        }

        return weeks;
    }

    /// <inheritdoc cref="Metrics.Communities.Compute"/>
    public IReadOnlyList<Community> Communities(Period period, IReadOnlyList<Group> groups)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(groups);
        var (from, to) = Days(period);
        var previousFrom = from - (to - from);
        var tallies = new Dictionary<int, CommunityTally>();
        CommunityTally TallyOf(int group) =>
            tallies.TryGetValue(group, out var tally) ? tally : tallies[group] = new CommunityTally();

        foreach (ref readonly var row in Range(aggregates.Activity, previousFrom, to, static a => a.Day))
        {
            if (row.Group < 0 || !Counts(row.IsPrivate, row.Account)) continue;
            var tally = TallyOf(row.Group);
            if (row.Day < from)
            {
                tally.Before += row.Messages;
                continue;
            }

            tally.Messages += row.Messages;
            tally.Threads += row.Starters;
            var person = people.PersonOf(row.Account);
            if (person >= 0) tally.Contributors.Add(person);
        }

        foreach (ref readonly var thread in Range(aggregates.Threads, from, to, static t => t.Day))
        {
            if (thread.Group < 0 || !Counts(thread.IsPrivate, thread.Account)) continue;
            var tally = TallyOf(thread.Group);
            tally.Starters++;
            if ((includePrivate ? thread.FirstReplyWithPrivateTicks : thread.FirstReplyTicks) is { } reply) tally.Waits.Add(reply - thread.StartedTicks);
        }

        var names = groups.GroupBy(g => g.ExternalId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var result = new List<Community>();
        foreach (var (group, tally) in tallies)
        {
            if (tally.Messages == 0 && tally.Before == 0) continue;
            var id = aggregates.Groups[group];
            var responsiveness = Responsiveness.Of(tally.Starters, tally.Waits);
            var active = tally.Contributors.Count(person => people.InTargetGroup[person]);
            result.Add(new Community(
                id,
                names.GetValueOrDefault(id) ?? id,
                tally.Messages,
                tally.Threads,
                tally.Contributors.Count,
                targetGroupSize == 0 ? null : (double)active / targetGroupSize,
                responsiveness.AnsweredWithin24h,
                responsiveness.MedianHoursToFirstReply,
                tally.Before,
                tally.Before == 0 ? null : ((double)tally.Messages / tally.Before) - 1));
        }

        return [.. result.OrderByDescending(c => c.Messages).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Per community with a message in the period, the period week by week (weeks as in <see cref="Weekly"/>):
    /// the counts of a place, so no department is broken down per community.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CommunityWeek>> CommunityWeeks(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var firstMonday = WeeklySeries.MondayOf(period.From);
        var from = DayNumber.Of(firstMonday);
        var weeks = 0;
        for (var monday = firstMonday; monday < period.To; monday = monday.AddDays(7)) weeks++;
        var messages = new Dictionary<int, int[]>();
        var contributors = new Dictionary<(int Group, int Week), HashSet<int>>();
        foreach (ref readonly var row in Range(aggregates.Activity, from, from + (7 * weeks), static a => a.Day))
        {
            if (row.Group < 0 || !Counts(row.IsPrivate, row.Account)) continue;
            var week = (row.Day - from) / 7;
            if (!messages.TryGetValue(row.Group, out var perWeek)) messages[row.Group] = perWeek = new int[weeks];
            perWeek[week] += row.Messages;
            var person = people.PersonOf(row.Account);
            if (person < 0) continue;
            if (!contributors.TryGetValue((row.Group, week), out var set)) contributors[(row.Group, week)] = set = [];
            set.Add(person);
        }

        var result = new Dictionary<string, IReadOnlyList<CommunityWeek>>(StringComparer.Ordinal);
        foreach (var (group, perWeek) in messages)
        {
            result[aggregates.Groups[group]] = [.. Enumerable.Range(0, weeks).Select(week =>
            {
                var set = contributors.GetValueOrDefault((group, week));
                var active = set?.Count(person => people.InTargetGroup[person]) ?? 0;
                return new CommunityWeek(
                    DateOnly.FromDateTime(firstMonday.AddDays(7 * week).UtcDateTime),
                    perWeek[week],
                    set?.Count ?? 0,
                    targetGroupSize == 0 ? null : (double)active / targetGroupSize);
            })];
        }

        return result;
    }

    /// <summary>
    /// Per member of the target group (as <see cref="Compute"/> counts it: with a directory its target
    /// group, without one the people behind active human accounts) — or, with <paramref name="wholeDirectory"/>,
    /// per directory entry, target group or not — the number of distinct UTC days in the period on which
    /// that person wrote at least one countable message. Anonymous (no one is named) and in no particular
    /// order; the reality check reads "active on at least 10 of the last 28 days" from it.
    /// </summary>
    /// <exception cref="ArgumentException">The period does not start and end at midnight UTC.</exception>
    public int[] ActiveDays(Period period, bool wholeDirectory = false)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = Days(period);
        var days = new int[people.Count];
        var lastDay = new int[people.Count];
        Array.Fill(lastDay, int.MinValue);
        // Rows are ordered by day, so a person's day is new exactly when it differs from the last one counted.
        foreach (ref readonly var row in Range(aggregates.Activity, from, to, static a => a.Day))
        {
            if (row.Messages == 0 || !Counts(row.IsPrivate, row.Account)) continue;
            var person = people.PersonOf(row.Account);
            if (person < 0 || lastDay[person] == row.Day) continue;
            lastDay[person] = row.Day;
            days[person]++;
        }

        var result = new List<int>();
        for (var person = 0; person < people.Count; person++)
        {
            if (wholeDirectory ? person < directoryEntries : people.InTargetGroup[person]) result.Add(days[person]);
        }

        return [.. result];
    }

    /// <summary>Per person, the messages of [from, to) and whether they wrote in [previousFrom, from).</summary>
    private DailyActivity Tally(int from, int to, int previousFrom, int? group)
    {
        var activity = new DailyActivity(people.Count, firstMessageTicks);
        foreach (ref readonly var row in Range(aggregates.Activity, previousFrom, to, static a => a.Day))
        {
            if (!Counts(row.IsPrivate, row.Account) || (group is { } only && row.Group != only)) continue;
            var person = people.PersonOf(row.Account);
            if (row.Day >= from)
            {
                activity.Messages += row.Messages;
                activity.Threads += row.Starters;
                activity.Replies += row.Messages - row.Starters;
                if (person >= 0) activity.MessagesInPeriod[person] += row.Messages;
            }
            else if (person >= 0)
            {
                activity.ContributedInPrevious[person] = true;
            }
        }

        return activity;
    }

    private bool Counts(bool isPrivate, int account) => (includePrivate || !isPrivate) && !people.IsBot(account);

    private static (int From, int To) Days(Period period)
    {
        if (!DayNumber.IsMidnight(period.From) || !DayNumber.IsMidnight(period.To))
        {
            throw new ArgumentException($"The aggregates count whole UTC days; the period {period.From:O} – {period.To:O} does not start and end at midnight UTC.", nameof(period));
        }

        return (DayNumber.Of(period.From), DayNumber.Of(period.To));
    }

    /// <summary>The rows with from ≤ day &lt; to of rows ordered by day.</summary>
    private static ReadOnlySpan<T> Range<T>(T[] rows, int from, int to, Func<T, int> day)
    {
        var start = LowerBound(rows, from, day);
        var end = LowerBound(rows, to, day);
        return rows.AsSpan(start, Math.Max(0, end - start));
    }

    private static int LowerBound<T>(T[] rows, int value, Func<T, int> day)
    {
        int low = 0, high = rows.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (day(rows[middle]) < value) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    private sealed class CommunityTally
    {
        public int Messages { get; set; }

        public int Threads { get; set; }

        public int Before { get; set; }

        public int Starters { get; set; }

        public HashSet<int> Contributors { get; } = [];

        public List<long> Waits { get; } = [];
    }
}
