using Microsoft.EntityFrameworkCore;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;
using Pulse.Storage.Aggregates;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

/// <summary>
/// A small import updates the aggregates in place (<see cref="AggregateUpdate"/>) instead of rebuilding
/// them. After every one of many small imports of the awkward kinds — a new reply, a new thread, a
/// deleted starter, a deleted reply, a message moved to another day, a reply moved to another thread,
/// an account that becomes a bot, one that takes a colleague's address, a new account for an author
/// whose messages were stored without one, a reply stored before its thread's starter and then the
/// starter, the first answer days later to an unanswered question, an edit of the text only — the tables must hold exactly
/// what a whole rebuild of the same data gives, and the figures what every message gives
/// (<see cref="AggregateTests"/>, checked against the message-based computation).
/// </summary>
public sealed class AggregateUpdateTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Small_imports_leave_the_aggregates_a_rebuild_would_give(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente", null)).Id;
        var random = new Random(20261130);
        var (accounts, generated) = AggregateTests.Generate(random, accounts: 40, threads: 240);
        var messages = generated.ToDictionary(m => m.ExternalId, StringComparer.Ordinal);
        (await ImportAsync(test, organisation, accounts, messages.Values)).ShouldBe(AggregateMaintenance.Rebuilt);
        await new DirectoryStore(test.Database).ReplaceAsync(organisation, AggregateTests.Directory(accounts, random));
        var next = 500_000;
        var store = new AggregateStore(test.Database);
        var kept = await store.ReadAsync(organisation);

        Message Any(Func<Message, bool> where)
        {
            var candidates = messages.Values.Where(where).OrderBy(m => m.ExternalId, StringComparer.Ordinal).ToList();
            return candidates[random.Next(candidates.Count)];
        }

        bool IsStarter(Message m) => m.ExternalId == m.ThreadExternalId;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        Message? waiting = null;
        for (var round = 0; round < 52; round++)
        {
            var kind = round < 14 ? round : random.Next(14);
            List<Account> changedAccounts = [];
            List<Message> changed = [];
            string name;
            switch (kind)
            {
                case 0:
                    name = "new reply";
                    var thread = Any(IsStarter);
                    changed.Add(new Message("m" + next++, thread.ExternalId, random.Next(2) == 0 ? null : thread.ExternalId, thread.GroupExternalId,
                        "u" + random.Next(40), thread.CreatedAt.AddHours(random.Next(1, 400)), null, null, thread.IsPrivate, MessageKind.Post, "Antwoord", 0, false, []));
                    break;
                case 1:
                    name = "new thread with a reply";
                    var id = "m" + next++;
                    var at = AggregateTests.Start.AddDays(random.Next(0, 120)).AddMinutes(random.Next(1440));
                    changed.Add(new Message(id, id, null, "g1", "u" + random.Next(40), at, null, null, false, MessageKind.Post, "Vraag", 0, false, []));
                    changed.Add(new Message("m" + next++, id, null, "g1", "u" + random.Next(40), at.AddMinutes(30), null, null, false, MessageKind.Post, "Antwoord", 0, false, []));
                    break;
                case 2:
                    name = "starter deleted";
                    var starter = Any(m => IsStarter(m) && m.DeletedAt is null);
                    changed.Add(starter with { DeletedAt = starter.CreatedAt.AddDays(1) });
                    break;
                case 3:
                    name = "reply deleted";
                    var reply = Any(m => !IsStarter(m) && m.DeletedAt is null);
                    changed.Add(reply with { DeletedAt = reply.CreatedAt.AddDays(1) });
                    break;
                case 4:
                    name = "moved to another day";
                    var moved = Any(_ => true);
                    changed.Add(moved with { CreatedAt = moved.CreatedAt.AddDays(random.Next(2) == 0 ? -3 : 5) });
                    break;
                case 5:
                    name = "reply moved to another thread";
                    var replyToMove = Any(m => !IsStarter(m));
                    var other = Any(m => IsStarter(m) && m.ExternalId != replyToMove.ThreadExternalId);
                    // Filed where its new thread is, as every platform files a reply (AggregatedParticipation's remark).
                    changed.Add(replyToMove with { ThreadExternalId = other.ExternalId, ParentExternalId = null, GroupExternalId = other.GroupExternalId, IsPrivate = other.IsPrivate });
                    break;
                case 6:
                    name = "account becomes a bot";
                    var index = random.Next(accounts.Count);
                    accounts[index] = accounts[index] with { IsBot = !accounts[index].IsBot };
                    changedAccounts.Add(accounts[index]);
                    break;
                case 7:
                    name = "account takes a colleague's address";
                    var taker = random.Next(accounts.Count);
                    var others = accounts.Select(a => a.Email).OfType<string>().Where(e => e != accounts[taker].Email).Distinct().Order(StringComparer.Ordinal).ToList();
                    accounts[taker] = accounts[taker] with { Email = others[random.Next(others.Count)] };
                    changedAccounts.Add(accounts[taker]);
                    break;
                case 8:
                    name = "new account for stored messages";
                    var ghost = "ghost" + random.Next(3);
                    if (accounts.Any(a => a.ExternalId == ghost)) goto default;
                    var account = new Account(ghost, "Spook", ghost + "@lindeloo.nl", null, null, null, AccountState.Active, false, AggregateTests.Start);
                    accounts.Add(account);
                    changedAccounts.Add(account);
                    break;
                case 10:
                    name = "a reply before its thread's starter";
                    var later = "m" + next++;
                    var early = AggregateTests.Start.AddDays(random.Next(0, 120));
                    waiting = new Message(later, later, null, "g2", "u" + random.Next(40), early, null, null, false, MessageKind.Post, "Vraag", 0, false, []);
                    // The first time, a reply to a reply that never arrives: only its thread says it waits for the starter.
                    var parent = round == 10 || random.Next(2) == 0 ? "lost" + next : later;
                    changed.Add(new Message("m" + next++, later, parent, "g2", "u" + random.Next(40), early.AddDays(2), null, null, false, MessageKind.Post, "Antwoord", 0, false, []));
                    break;
                case 11:
                    name = "the starter the reply waited for";
                    if (waiting is null) goto default;
                    changed.Add(waiting);
                    waiting = null;
                    break;
                case 12:
                    name = "the first answer, days later, to a question nobody answered";
                    var unanswered = Any(m => IsStarter(m) && m.Kind == MessageKind.Post && m.DeletedAt is null
                        && !messages.Values.Any(r => r.ThreadExternalId == m.ExternalId && r.ExternalId != m.ExternalId));
                    changed.Add(new Message("m" + next++, unanswered.ExternalId, null, unanswered.GroupExternalId, unanswered.AuthorExternalId == "u1" ? "u2" : "u1",
                        unanswered.CreatedAt.AddDays(3), null, null, unanswered.IsPrivate, MessageKind.Post, "Antwoord", 0, false, []));
                    break;
                case 13:
                    name = "a new person's first message, and a reply to it";
                    var newcomer = new Account("new" + next, "Nieuwkomer", "nieuw" + next + "@lindeloo.nl", "Burgerzaken", null, null, AccountState.Active, false, AggregateTests.Start);
                    accounts.Add(newcomer);
                    changedAccounts.Add(newcomer);
                    var first = "m" + next++;
                    var when = AggregateTests.Start.AddDays(random.Next(0, 120)).AddMinutes(random.Next(1440));
                    changed.Add(new Message(first, first, null, "g1", newcomer.ExternalId, when, null, null, false, MessageKind.Post, "Hallo", 0, false, []));
                    changed.Add(new Message("m" + next++, first, first, "g1", "u" + random.Next(40), when.AddMinutes(5), null, null, false, MessageKind.Post, "Welkom", 0, false, []));
                    break;
                default:
                    name = "text edited";
                    var edited = Any(_ => true);
                    changed.Add(edited with { Body = edited.Body + " (bewerkt)", EditedAt = edited.CreatedAt.AddHours(1) });
                    break;
            }

            foreach (var message in changed) messages[message.ExternalId] = message;
            kinds[name] = kinds.GetValueOrDefault(name) + 1;
            var revision = await RevisionAsync(test, organisation);
            // Only new messages that nothing stored waited for, by accounts that wrote nothing else, are added rather than recounted.
            var expected = kind is 0 or 1 or 10 or 12 or 13 ? AggregateMaintenance.Added : AggregateMaintenance.Updated;
            (await ImportAsync(test, organisation, changedAccounts, changed)).ShouldBe(expected, name);
            (await RevisionAsync(test, organisation)).ShouldBe(revision + 1, name);

            // The same import again changes nothing, not even the revision (which would make every cached figure stale).
            (await ImportAsync(test, organisation, changedAccounts, changed)).ShouldBe(AggregateMaintenance.Unchanged, name);
            (await RevisionAsync(test, organisation)).ShouldBe(revision + 1, name);

            var updated = await TablesAsync(test, organisation);
            updated.Count.ShouldBeGreaterThan(400);

            // What a dashboard holds, brought up to date by re-reading the recounted days, equals a read of everything.
            var refreshed = await store.RefreshAsync(organisation, kept);
            refreshed.ShouldNotBeNull(name);
            var read = await store.ReadAsync(organisation);
            refreshed.Revision.ShouldBe(read.Revision);
            Lines(refreshed.Aggregates).ShouldBe(Lines(read.Aggregates), $"round {round}: {name}");
            kept = refreshed;

            await store.RebuildAsync(organisation);
            (await TablesAsync(test, organisation)).ShouldBe(updated, $"round {round}: {name}");
            // After a whole rebuild the days are not known: read whole.
            (await store.RefreshAsync(organisation, kept)).ShouldBeNull();
            kept = await store.ReadAsync(organisation);
            if (round % 8 == 7) await AggregateTests.CompareAsync(test, organisation, random);
        }

        kinds.Count.ShouldBe(14);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_update_records_the_days_it_recounted(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente", null)).Id;
        var accounts = new List<Account> { new("u1", "Een", "een@lindeloo.nl", null, null, null, AccountState.Active, false, null) };
        var day = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var starter = new Message("t1", "t1", null, null, "u1", day, null, null, false, MessageKind.Post, "Vraag", 0, false, []);
        var late = new Message("r1", "t1", null, null, "u1", day.AddDays(4), null, null, false, MessageKind.Post, "Antwoord", 0, false, []);
        await ImportAsync(test, organisation, accounts, [starter, late]);

        // A new reply on 3 March to the thread of 2 March, which also has a message on 6 March: a new message
        // changes no other day than its own, so 3 March is recounted, and 2 March for the thread's start.
        (await ImportAsync(test, organisation, [], [late with { ExternalId = "r2", CreatedAt = day.AddDays(1) }])).ShouldBe(AggregateMaintenance.Added);
        var march2 = (int)(new DateTime(2026, 3, 2) - new DateTime(1970, 1, 1)).TotalDays;
        (await LatestChangeAsync(test, organisation)).Days.ShouldBe($"{march2}-{march2 + 2}");

        // The starter deleted: every reply to it, on any day, stops counting: all three days.
        (await ImportAsync(test, organisation, [], [starter with { DeletedAt = day.AddDays(7) }])).ShouldBe(AggregateMaintenance.Updated);
        var change = await LatestChangeAsync(test, organisation);
        change.Days.ShouldBe($"{march2}-{march2 + 2},{march2 + 4}-{march2 + 5}");
        change.Revision.ShouldBe(await RevisionAsync(test, organisation));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imports_into_one_organisation_at_once_take_turns_and_count_every_message(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente", null)).Id;
        var (accounts, messages) = AggregateTests.Generate(new Random(5), accounts: 20, threads: 60);
        await ImportAsync(test, organisation, accounts, messages);
        var starters = messages.Where(m => m.ExternalId == m.ThreadExternalId).Take(4).ToList();

        // Eight imports at once, each replying to the same four threads on the same days (what two servers'
        // workers, or a poll beside a webhook, do): on PostgreSQL they would deadlock or miss each other's rows.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() => ImportAsync(test, organisation, [],
            starters.Select((s, i) => new Message($"w{worker}-{i}", s.ExternalId, null, s.GroupExternalId, "u" + worker, s.CreatedAt.AddHours(2), null, null, s.IsPrivate, MessageKind.Post, "Antwoord", 0, false, [])).ToList()))));

        var concurrent = await TablesAsync(test, organisation);
        await new AggregateStore(test.Database).RebuildAsync(organisation);
        (await TablesAsync(test, organisation)).ShouldBe(concurrent);
        await using var db = test.Database.CreateContext();
        var written = Enumerable.Range(0, 8).SelectMany(worker => Enumerable.Range(0, 4).Select(i => $"w{worker}-{i}")).ToList();
        (await db.Messages.CountAsync(m => m.OrganisationId == organisation && written.Contains(m.ExternalId))).ShouldBe(32);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_renamed_community_or_account_raises_the_revision_the_figures_are_cached_by(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente", null)).Id;
        var (accounts, messages) = AggregateTests.Generate(new Random(9), accounts: 10, threads: 20);
        await ImportAsync(test, organisation, accounts, messages);
        var store = new AggregateStore(test.Database);
        var kept = await store.ReadAsync(organisation);

        // No message and nothing counted changes, but the community's name and an account's department do:
        // the figures show both, so their cache must move on.
        await using (var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None))
        {
            await session.AddGroupAsync(new Group("g1", "Nieuwe naam", null, false, null));
            await session.AddAccountAsync(accounts[2] with { Department = "Burgerzaken" });
            await session.CommitAsync(CancellationToken.None);
            session.Aggregates.ShouldBe(AggregateMaintenance.Updated);
        }

        (await RevisionAsync(test, organisation)).ShouldBe(kept.Revision + 1);
        var refreshed = await store.RefreshAsync(organisation, kept);
        refreshed.ShouldNotBeNull();
        refreshed.Aggregates.Accounts[2].Department.ShouldBe("Burgerzaken");
        Lines(refreshed.Aggregates).ShouldBe(Lines((await store.ReadAsync(organisation)).Aggregates));
    }

    private static async Task<AggregateMaintenance> ImportAsync(TestDatabase test, long organisation, IEnumerable<Account> accounts, IEnumerable<Message> messages)
    {
        await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
        foreach (var account in accounts) await session.AddAccountAsync(account);
        foreach (var message in messages) await session.AddMessageAsync(message);
        await session.CommitAsync(CancellationToken.None);
        return session.Aggregates;
    }

    /// <summary>The aggregates in memory, one line per row with accounts and communities by name, sorted: equal when they count the same.</summary>
    private static List<string> Lines(MonitoringAggregates aggregates)
    {
        string Account(int index) => index < 0 ? "-" : aggregates.Accounts[index].ExternalId;
        string Group(int index) => index < 0 ? "-" : aggregates.Groups[index];
        var lines = new List<string>();
        lines.AddRange(aggregates.Activity.Select(a => $"activity {a.Day} {Account(a.Account)} {Group(a.Group)} {a.IsPrivate} {a.Messages} {a.Starters}"));
        lines.AddRange(aggregates.Threads.Select(t => $"start {t.Day} {Account(t.Account)} {Group(t.Group)} {t.IsPrivate} {t.StartedTicks} {t.FirstReplyTicks} {t.FirstReplyWithPrivateTicks}"));
        lines.AddRange(aggregates.Replies.Select(r => $"reply {r.Day} {Account(r.FromAccount)} {Account(r.ToAccount)} {r.IsPrivate} {r.Replies}"));
        lines.AddRange(aggregates.Accounts.Select((a, i) => $"account {a.ExternalId} {a.Email} {a.IsBot} {aggregates.FirstDay[i]} {aggregates.FirstDayWithPrivate[i]}"));
        lines.Sort(StringComparer.Ordinal);
        // Ordered by day, as the figures expect.
        aggregates.Activity.Select(a => a.Day).ShouldBeInOrder();
        aggregates.Threads.Select(t => t.Day).ShouldBeInOrder();
        aggregates.Replies.Select(r => r.Day).ShouldBeInOrder();
        return lines;
    }

    private static async Task<Rows.AggregateChangeRow> LatestChangeAsync(TestDatabase test, long organisation)
    {
        await using var db = test.Database.CreateContext();
        return await db.AggregateChanges.Where(c => c.OrganisationId == organisation).OrderByDescending(c => c.Revision).FirstAsync();
    }

    private static async Task<long> RevisionAsync(TestDatabase test, long organisation)
    {
        await using var db = test.Database.CreateContext();
        return await db.Organisations.Where(o => o.Id == organisation).Select(o => o.AggregatesRevision).SingleAsync();
    }

    /// <summary>Every aggregate row of the organisation, one line each, in key order.</summary>
    private static async Task<List<string>> TablesAsync(TestDatabase test, long organisation)
    {
        await using var db = test.Database.CreateContext();
        var lines = new List<string>();
        lines.AddRange((await db.ActivityDays.AsNoTracking().Where(a => a.OrganisationId == organisation).ToListAsync())
            .Select(a => $"activity {a.Day} {a.AccountId} {a.GroupKey} {a.IsPrivate} {a.Messages} {a.Starters}"));
        lines.AddRange((await db.ThreadStarts.AsNoTracking().Where(t => t.OrganisationId == organisation).ToListAsync())
            .Select(t => $"start {t.MessageId} {t.Day} {t.AccountId} {t.GroupKey} {t.IsPrivate} {t.StartedAt:O} {t.FirstReplyAt:O} {t.FirstReplyWithPrivateAt:O}"));
        lines.AddRange((await db.ReplyDays.AsNoTracking().Where(r => r.OrganisationId == organisation).ToListAsync())
            .Select(r => $"reply {r.Day} {r.FromAccountId} {r.ToAccountId} {r.IsPrivate} {r.Replies}"));
        lines.AddRange((await db.AccountFirstDays.AsNoTracking().Where(a => a.OrganisationId == organisation).ToListAsync())
            .Select(a => $"first {a.AccountId} {a.FirstDay} {a.FirstDayWithPrivate}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
