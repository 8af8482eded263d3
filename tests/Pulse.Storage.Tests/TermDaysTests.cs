using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pulse.Monitoring.Model;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

/// <summary>
/// The per-day term counts the import keeps. Two kinds of expectation: a hand count on a few
/// messages, and — after every change an import can make — the table as a full recount from the
/// stored messages gives it (counts marked stale, then recounted from scratch): an incremental
/// update must leave exactly what counting everything again leaves.
/// </summary>
public sealed class TermDaysTests
{
    private static readonly DateTimeOffset Monday = new(2026, 9, 7, 9, 30, 0, TimeSpan.Zero);

    private static Message Post(string id, string body, DateTimeOffset? at = null, string author = "u1", bool isPrivate = false,
        MessageKind kind = MessageKind.Post, DateTimeOffset? deleted = null, params string[] topics) =>
        new(id, id, null, isPrivate ? null : "g1", author, at ?? Monday, null, deleted, isPrivate, kind, body, 0, false, topics);

    private static Account Person(string id, bool bot = false) =>
        new(id, "Naam " + id, id + "@lindeloo.nl", "ICT", null, null, AccountState.Active, bot, Monday);

    private static async Task<long> OrganisationAsync(TestDatabase test, string slug = "gemeente-lindeloo") =>
        (await new OrganisationStore(test.Database).AddAsync(slug, "Gemeente", null)).Id;

    private static async Task<ImportResult> ImportAsync(TestDatabase test, long organisation, IEnumerable<Message> messages, IEnumerable<Account>? accounts = null)
    {
        await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
        foreach (var account in accounts ?? []) await session.AddAccountAsync(account);
        foreach (var message in messages) await session.AddMessageAsync(message);
        return await session.CommitAsync(CancellationToken.None);
    }

    /// <summary>Every row of the organisation as "day|term|private|messages", in ordinal order (collations differ per server).</summary>
    private static async Task<List<string>> RowsAsync(TestDatabase test, long organisation)
    {
        await using var db = test.Database.CreateContext();
        var rows = await db.TermDays.Where(t => t.OrganisationId == organisation).ToListAsync();
        return [.. rows.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Day:yyyy-MM-dd}|{t.Term}|{(t.IsPrivate ? "private" : "public")}|{t.Messages}"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The rows a recount of every day from the stored messages gives.</summary>
    private static async Task<List<string>> RecountedAsync(TestDatabase test, long organisation)
    {
        await using (var db = test.Database.CreateContext())
        {
            await db.Organisations.Where(o => o.Id == organisation).ExecuteUpdateAsync(s => s.SetProperty(o => o.TermDaysVersion, 0));
        }

        (await new TermDayStore(test.Database).EnsureCurrentAsync(organisation)).ShouldBeGreaterThan(0);
        return await RowsAsync(test, organisation);
    }

    /// <summary>Monday and Tuesday with every kind of message that does or does not count.</summary>
    private static Message[] Export() =>
    [
        Post("1", "Nieuwe werkplek klaar"),
        Post("2", "De nieuwe werkplek, de nieuwe werkplek!", Monday.AddHours(2)),
        Post("3", "Nieuwe werkplek van de robot", author: "bot"),
        Post("4", "Werkplek weggehaald", deleted: Monday.AddHours(5)),
        Post("5", "Werkplek systeembericht", kind: MessageKind.System),
        Post("6", "Planning verbouwing #Verbouwing", Monday.AddDays(1), isPrivate: true),
        Post("7", "Planning klaar", Monday.AddDays(1), topics: "Omgevingswet"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_counts_per_day_the_messages_that_contain_each_term(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);

        await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);

        // Monday counts 1 and 2 (3 is a bot's, 4 deleted, 5 a system message); message 2 repeats its
        // phrase but counts once; "de" is a stop word and breaks the phrase, so no "werkplek nieuwe". Tuesday: 6 is private, 7 public with a topic.
        (await RowsAsync(test, organisation)).ShouldBe(
        [
            "2026-09-07|klaar|public|1",
            "2026-09-07|nieuwe werkplek|public|2",
            "2026-09-07|nieuwe|public|2",
            "2026-09-07|werkplek klaar|public|1",
            "2026-09-07|werkplek|public|2",
            "2026-09-08|#omgevingswet|public|1",
            "2026-09-08|#verbouwing|private|1",
            "2026-09-08|klaar|public|1",
            "2026-09-08|planning klaar|public|1",
            "2026-09-08|planning verbouwing|private|1",
            "2026-09-08|planning|private|1",
            "2026-09-08|planning|public|1",
            "2026-09-08|verbouwing|private|1",
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_same_export_again_changes_no_count(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);
        var before = await RowsAsync(test, organisation);

        var again = await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);

        again.Messages.ShouldBe(new ImportCount(7, 0, 0));
        (await RowsAsync(test, organisation)).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Edited_deleted_restored_moved_and_reclassified_messages_move_their_counts(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);

        var changed = await ImportAsync(test, organisation,
        [
            Post("1", "Omgevingswet webinar"), // edited
            Post("2", "De nieuwe werkplek", Monday.AddHours(2), deleted: Monday.AddHours(6)), // deleted
            Post("4", "Werkplek weggehaald"), // restored
            Post("5", "Werkplek systeembericht"), // a system message becomes a post
            Post("7", "Planning klaar", Monday.AddDays(3), topics: "Omgevingswet"), // moved from Tuesday to Thursday
        ]);

        changed.Messages.ShouldBe(new ImportCount(5, 0, 5));
        var rows = await RowsAsync(test, organisation);
        rows.ShouldBe(await RecountedAsync(test, organisation));
        rows.ShouldContain("2026-09-07|webinar|public|1");
        rows.ShouldContain("2026-09-07|werkplek|public|2"); // 4 and 5 now; 1 and 2 no longer
        rows.ShouldNotContain(r => r.StartsWith("2026-09-07|nieuwe", StringComparison.Ordinal));
        rows.ShouldNotContain(r => r.StartsWith("2026-09-08|planning|public", StringComparison.Ordinal));
        rows.ShouldContain("2026-09-10|planning klaar|public|1");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imports_that_only_add_messages_add_their_terms_exactly_as_a_recount_counts_them(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);

        // Live messages one or a few at a time, onto days that already have counts and onto new ones, of
        // every kind that does or does not count; some repeat messages already stored (unchanged rows).
        var random = new Random(11);
        string[] words = ["werkplek", "nieuwe", "planning", "klaar", "verbouwing", "de", "koffie", "#Omgevingswet"];
        var next = 100;
        for (var round = 0; round < 12; round++)
        {
            var batch = Enumerable.Range(0, 1 + random.Next(4)).Select(_ =>
            {
                var id = (next++).ToString(CultureInfo.InvariantCulture);
                var body = string.Join(' ', Enumerable.Range(0, 2 + random.Next(4)).Select(_ => words[random.Next(words.Length)]));
                return Post(id, body, Monday.AddDays(random.Next(3)).AddMinutes(random.Next(600)),
                    author: random.Next(6) == 0 ? "bot" : "u1", isPrivate: random.Next(5) == 0,
                    kind: random.Next(8) == 0 ? MessageKind.System : MessageKind.Post,
                    deleted: random.Next(8) == 0 ? Monday.AddDays(5) : null,
                    topics: random.Next(4) == 0 ? ["Omgevingswet"] : []);
            }).ToList();
            if (round % 3 == 2) batch.Add(Export()[random.Next(Export().Length)]);
            await ImportAsync(test, organisation, batch);
            var rows = await RowsAsync(test, organisation);
            rows.ShouldBe(await RecountedAsync(test, organisation), $"round {round}");
        }

        (await RowsAsync(test, organisation)).ShouldContain(r => r.StartsWith("2026-09-09|koffie|", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_account_that_becomes_a_bot_takes_its_messages_out_of_the_counts(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);

        // Only the accounts: no message of the import changes, yet u1's days do; and the bot is a person now.
        await ImportAsync(test, organisation, [], [Person("u1", bot: true), Person("bot")]);

        var rows = await RowsAsync(test, organisation);
        rows.ShouldBe(await RecountedAsync(test, organisation));
        rows.ShouldBe(
        [
            "2026-09-07|nieuwe werkplek|public|1",
            "2026-09-07|nieuwe|public|1",
            "2026-09-07|robot|public|1",
            "2026-09-07|werkplek|public|1",
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_import_leaves_the_counts_as_they_were(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);
        var before = await RowsAsync(test, organisation);

        // More than one batch reaches the server (and moves a message to another day) before the failure.
        var failing = async () =>
        {
            await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
            await session.AddMessageAsync(Post("1", "Overschreven", Monday.AddDays(5)));
            for (var i = 100; i < 11_000; i++) await session.AddMessageAsync(Post(i.ToString(CultureInfo.InvariantCulture), "Nieuwe tekst", Monday.AddDays(i % 9)));
            throw new InvalidOperationException("bad row in the export");
        };

        await Should.ThrowAsync<InvalidOperationException>(failing);
        (await RowsAsync(test, organisation)).ShouldBe(before);
        await ImportAsync(test, organisation, [Post("1", "Echt overschreven", Monday.AddDays(5))]);
        (await RowsAsync(test, organisation)).ShouldBe(await RecountedAsync(test, organisation));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_made_before_the_table_existed_are_recounted_whole_by_the_next_import(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        var other = await OrganisationAsync(test, "waterschap-rijnvliet");
        await ImportAsync(test, organisation, Export(), [Person("u1"), Person("bot", bot: true)]);
        await ImportAsync(test, other, Export(), [Person("u1"), Person("bot", bot: true)]);
        var complete = await RowsAsync(test, organisation);
        var untouched = await RowsAsync(test, other);
        await using (var db = test.Database.CreateContext())
        {
            // As a database migrated from before the counts existed: messages, no counts, version 0.
            await db.TermDays.Where(t => t.OrganisationId == organisation).ExecuteDeleteAsync();
            await db.Organisations.Where(o => o.Id == organisation).ExecuteUpdateAsync(s => s.SetProperty(o => o.TermDaysVersion, 0));
        }

        await ImportAsync(test, organisation, [Post("8", "Webinar omgevingswet", Monday.AddDays(20))]);

        var rows = await RowsAsync(test, organisation);
        rows.ShouldBe([.. complete, "2026-09-27|omgevingswet|public|1", "2026-09-27|webinar omgevingswet|public|1", "2026-09-27|webinar|public|1"], ignoreOrder: true);
        (await RowsAsync(test, other)).ShouldBe(untouched);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Erasing_a_person_recounts_the_days_of_their_messages_and_of_the_mentions_of_their_name(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        Account[] accounts = [new("1", "Anna Zwanenburg", "anna@x.nl", null, null, null, AccountState.Active, false, null), Person("u2")];
        await ImportAsync(test, organisation,
        [
            Post("1", "Project Quokka van Anna", author: "1"),
            Post("2", "Dank je Anna Zwanenburg, goed plan", Monday.AddDays(2), author: "u2"),
        ], accounts);
        (await RowsAsync(test, organisation)).ShouldContain("2026-09-09|anna zwanenburg|public|1");

        await new PersonEraser(test.Database).EraseAsync(organisation, new ErasureTarget("anna@x.nl", null, null));

        var rows = await RowsAsync(test, organisation);
        rows.ShouldBe(await RecountedAsync(test, organisation));
        rows.ShouldNotContain(r => r.Contains("anna", StringComparison.Ordinal) || r.Contains("zwanenburg", StringComparison.Ordinal) || r.Contains("quokka", StringComparison.Ordinal));
        rows.ShouldContain("2026-09-09|verwijderd|public|1");
    }
}
