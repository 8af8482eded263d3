using System.Text.Json;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;
using Pulse.Storage.Aggregates;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

/// <summary>
/// The aggregates the import keeps must give exactly the figures that the message-based computation
/// (<see cref="Participation"/>, tested against hand derivations in Pulse.Monitoring.Tests) gives on
/// the same stored data: every field of the report, on random organisations full of the awkward
/// cases (bots, deleted and system rows, private conversations, unknown authors, two accounts of one
/// person, replies dated before their starter, replies to deleted parents), after a first import, a
/// second one that changes old messages and accounts, and an erasure.
/// </summary>
public sealed class AggregateTests
{
    internal static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_from_the_aggregates_equal_the_figures_from_every_message(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente", null)).Id;
        var random = new Random(20261129);
        var (accounts, messages) = Generate(random, accounts: 40, threads: 260);
        await ImportAsync(test, organisation, accounts, messages);
        await new DirectoryStore(test.Database).ReplaceAsync(organisation, Directory(accounts, random));
        await CompareAsync(test, organisation, random);

        // A second import: some old messages deleted or moved to another day, an account becomes a bot,
        // another gets the address of a colleague (two accounts, one person), and new messages.
        var changed = messages.Select(m => random.Next(12) switch
        {
            0 => m with { DeletedAt = m.CreatedAt.AddHours(1) },
            1 => m with { CreatedAt = m.CreatedAt.AddDays(3) },
            _ => m,
        }).ToList();
        var changedAccounts = accounts.Select((a, i) => i switch
        {
            3 => a with { IsBot = true },
            5 => a with { Email = accounts[6].Email },
            _ => a,
        }).ToList();
        var (_, more) = Generate(new Random(7), accounts: 40, threads: 40, idOffset: 100_000);
        await ImportAsync(test, organisation, changedAccounts, [.. changed, .. more]);
        await CompareAsync(test, organisation, random);

        var erased = await new PersonEraser(test.Database).EraseAsync(organisation, new ErasureTarget(accounts[8].Email, null, null));
        erased.Messages.ShouldBeGreaterThan(0);
        await CompareAsync(test, organisation, random);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_import_leaves_the_aggregates_as_they_were(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente", null)).Id;
        var (accounts, messages) = Generate(new Random(3), accounts: 10, threads: 30);
        await ImportAsync(test, organisation, accounts, messages);
        var before = JsonSerializer.Serialize(await new AggregateStore(test.Database).LoadAsync(organisation), Json);

        await using (var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None))
        {
            foreach (var message in messages) await session.AddMessageAsync(message with { DeletedAt = message.CreatedAt.AddHours(1) });
            // Disposed without a commit: rolled back.
        }

        JsonSerializer.Serialize(await new AggregateStore(test.Database).LoadAsync(organisation), Json).ShouldBe(before);
    }

    internal static async Task CompareAsync(TestDatabase test, long organisation, Random random)
    {
        var store = new MonitoringStore(test.Database);
        var aggregates = await new AggregateStore(test.Database).LoadAsync(organisation);
        var directory = await new DirectoryStore(test.Database).ListAsync(organisation);
        var groups = await store.GroupsAsync(organisation);
        foreach (var includePrivate in new[] { false, true })
        {
            var input = new ParticipationInput(
                await store.MessagesAsync(organisation, includePrivate: includePrivate), await store.AccountsAsync(organisation), directory);
            var figures = new AggregatedParticipation(aggregates, directory, includePrivate);
            for (var i = 0; i < 6; i++)
            {
                var from = Start.AddDays(random.Next(-10, 100));
                var period = new Period(from, from.AddDays(1 + random.Next(60)));
                var label = $"{period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd}, private {includePrivate}";
                Serialise(figures.Compute(period, 3)).ShouldBe(Serialise(Participation.Compute(input, period, 3)), label);
                Serialise(figures.Weekly(period, 3)).ShouldBe(Serialise(WeeklySeries.Compute(input, period, 3)), label);
                Serialise(figures.Communities(period, groups)).ShouldBe(Serialise(Communities.Compute(input, groups, period)), label);
                foreach (var (group, weeks) in figures.CommunityWeeks(period))
                {
                    var own = input with { Messages = [.. input.Messages.Where(m => m.GroupExternalId == group)] };
                    var reference = WeeklySeries.Compute(own, period, 3).Select(w => new CommunityWeek(w.Week, w.Messages, w.Contributors, w.ParticipationRate));
                    Serialise(weeks).ShouldBe(Serialise(reference.ToList()), $"{label}, {group}");
                }
            }

            // The whole span, where every figure has something to count.
            var all = new Period(Start.AddDays(-7), Start.AddDays(140));
            var connections = figures.Connections(all, 3);
            var participation = Participation.Compute(input, all, 3);
            Serialise(connections.Matrix).ShouldBe(Serialise(participation.DepartmentMatrix));
            connections.CrossDepartmentReplyShare.ShouldBe(participation.CrossDepartmentReplyShare);
            Serialise(connections.Departments).ShouldBe(Serialise(CountConnections(input, all)));
            var expected = Participation.Compute(input, all, 3);
            expected.Messages.ShouldBeGreaterThan(500);
            expected.DepartmentMatrix.ShouldNotBeEmpty();
            expected.MedianHoursToFirstReply.ShouldNotBeNull();
            Serialise(figures.Compute(all, 3)).ShouldBe(Serialise(expected));
        }
    }

    /// <summary>
    /// Per directory department, replies written and received and how many crossed, counted straight
    /// from the messages (every department of the generated directory is above the threshold of 3).
    /// </summary>
    private static List<DepartmentConnection> CountConnections(ParticipationInput input, Period period)
    {
        var directory = input.Directory.ToDictionary(d => d.Email, StringComparer.Ordinal);
        directory.Values.GroupBy(d => d.Department).ShouldAllBe(g => g.Count() >= 3);
        var accounts = input.Accounts.ToDictionary(a => a.ExternalId, StringComparer.Ordinal);
        var departments = directory.Values.Select(d => d.Department).OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool Counts(Message m) => m.Kind == MessageKind.Post && m.DeletedAt is null && !m.IsPrivate
            && !(m.AuthorExternalId is { } a && accounts.TryGetValue(a, out var account) && account.IsBot);
        string? DepartmentOf(string? author)
        {
            if (author is null || !accounts.TryGetValue(author, out var account)) return null;
            var department = account.Email is { } email && directory.TryGetValue(email, out var entry) ? entry.Department : account.Department;
            return department is not null && departments.Contains(department) ? department : null;
        }

        var byId = input.Messages.ToDictionary(m => m.ExternalId, StringComparer.Ordinal);
        var rows = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var reply in input.Messages.Where(m => Counts(m) && m.ExternalId != m.ThreadExternalId && period.Contains(m.CreatedAt)))
        {
            if (!byId.TryGetValue(reply.ParentExternalId ?? reply.ThreadExternalId, out var parent) || !Counts(parent)) continue;
            if (DepartmentOf(reply.AuthorExternalId) is not { } from || DepartmentOf(parent.AuthorExternalId) is not { } to) continue;
            var across = from == to ? 0 : 1;
            var writer = rows.TryGetValue(from, out var w) ? w : rows[from] = new int[4];
            writer[0]++;
            writer[1] += across;
            var receiver = rows.TryGetValue(to, out var r) ? r : rows[to] = new int[4];
            receiver[2]++;
            receiver[3] += across;
        }

        return [.. rows.Select(row => new DepartmentConnection(
            row.Key, row.Value[0], row.Value[0] == 0 ? null : (double)row.Value[1] / row.Value[0],
            row.Value[2], row.Value[2] == 0 ? null : (double)row.Value[3] / row.Value[2],
            row.Value[0] >= 10 && row.Value[2] >= 10 && (double)row.Value[1] / row.Value[0] <= 0.1 && (double)row.Value[3] / row.Value[2] <= 0.1))];
    }

    private static string Serialise<T>(T value) => JsonSerializer.Serialize(value, Json);

    internal static async Task ImportAsync(TestDatabase test, long organisation, IEnumerable<Account> accounts, IEnumerable<Message> messages)
    {
        await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
        foreach (var account in accounts) await session.AddAccountAsync(account);
        foreach (var message in messages) await session.AddMessageAsync(message);
        await session.CommitAsync(CancellationToken.None);
    }

    internal static List<DirectoryEntry> Directory(List<Account> accounts, Random random) =>
        [.. accounts.Where(a => a.Email is not null).Select(a => a.Email!).Distinct(StringComparer.Ordinal).Where(_ => random.Next(5) > 0)
            .Select(email => new DirectoryEntry(email, null, "Afdeling " + random.Next(4), random.Next(4) == 0, random.Next(6) > 0, null, null))];

    /// <summary>Accounts (some sharing an address, some without one, two bots) and threads with replies.</summary>
    internal static (List<Account> Accounts, List<Message> Messages) Generate(Random random, int accounts, int threads, int idOffset = 0)
    {
        var people = Enumerable.Range(0, accounts).Select(i => new Account(
            "u" + i,
            "Naam " + i,
            i % 9 == 4 ? null : i % 11 == 10 ? $"p{i - 1}@lindeloo.nl" : $"p{i}@lindeloo.nl",
            i % 3 == 0 ? "ICT" : null,
            null,
            null,
            i % 13 == 12 ? AccountState.Suspended : AccountState.Active,
            i is 7 or 19,
            Start)).ToList();
        string? Author() => random.Next(25) == 0 ? "ghost" + random.Next(3) : random.Next(60) == 0 ? null : "u" + random.Next(accounts);
        var messages = new List<Message>();
        var id = idOffset;
        for (var t = 0; t < threads; t++)
        {
            var starterId = "m" + id++;
            var at = Start.AddSeconds(random.Next(0, 120 * 86400));
            var group = random.Next(5) == 0 ? null : "g" + random.Next(4);
            var isPrivate = group is null && random.Next(2) == 0;
            var kind = random.Next(30) == 0 ? MessageKind.System : MessageKind.Post;
            var deleted = random.Next(25) == 0 ? at.AddHours(2) : (DateTimeOffset?)null;
            var starterAuthor = Author();
            messages.Add(new Message(starterId, starterId, null, group, starterAuthor, at, null, deleted, isPrivate, kind, "Vraag " + t, 0, false, []));
            var thread = new List<string> { starterId };
            for (var r = random.Next(0, 6); r > 0; r--)
            {
                var replyId = "m" + id++;
                // Mostly later, sometimes within the same minute, now and then before the starter (clock skew).
                var replyAt = at.AddSeconds(random.Next(8) == 0 ? -random.Next(1, 600) : random.Next(1, 5 * 86400));
                var parent = random.Next(3) == 0 ? thread[random.Next(thread.Count)] : null;
                var author = random.Next(6) == 0 ? starterAuthor : Author();
                messages.Add(new Message(
                    replyId, starterId, parent, group, author, replyAt, null, random.Next(20) == 0 ? replyAt.AddMinutes(5) : null,
                    isPrivate, random.Next(40) == 0 ? MessageKind.Bot : MessageKind.Post, "Antwoord", 0, false, []));
                thread.Add(replyId);
            }
        }

        return (people, messages);
    }
}
