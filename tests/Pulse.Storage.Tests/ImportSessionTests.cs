using Microsoft.EntityFrameworkCore;
using Pulse.Monitoring.Model;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class ImportSessionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 9, 7, 9, 30, 0, TimeSpan.FromHours(2));

    private static Message Post(string id, string? parent = null, string body = "Goedemorgen allemaal", string author = "u1") =>
        new(id, parent is null ? id : "t" + parent, parent, "g1", author, Monday, null, null, false, MessageKind.Post, body, 0, false, []);

    private static Account Person(string id, string email) =>
        new(id, "Naam " + id, email, "ICT", null, null, AccountState.Active, false, Monday);

    private static async Task<long> OrganisationAsync(TestDatabase test, string slug = "gemeente-lindeloo") =>
        (await new OrganisationStore(test.Database).AddAsync(slug, "Gemeente", null)).Id;

    private static async Task<ImportResult> ImportAsync(TestDatabase test, long organisation, IEnumerable<Message> messages, IEnumerable<Account>? accounts = null)
    {
        await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
        foreach (var account in accounts ?? []) await session.AddAccountAsync(account);
        foreach (var message in messages) await session.AddMessageAsync(message);
        return await session.CommitAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imported_items_are_stored_with_every_field(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        var reply = new Message("2", "1", "1", "g1", "u2", Monday.AddHours(3), Monday.AddHours(4), null, false, MessageKind.Post,
            "Eens, \"goed\" plan; zie regel 2\nen 3", 4, true, ["reorganisatie", "ict"]);

        var result = await ImportAsync(test, organisation, [Post("1"), reply], [Person("u1", "a@lindeloo.nl")]);

        result.Messages.ShouldBe(new ImportCount(2, 2, 0));
        result.Accounts.ShouldBe(new ImportCount(1, 1, 0));
        await using var db = test.Database.CreateContext();
        var stored = await db.Messages.SingleAsync(m => m.ExternalId == "2");
        stored.OrganisationId.ShouldBe(organisation);
        stored.Source.ShouldBe("yammer");
        stored.ThreadExternalId.ShouldBe("1");
        stored.ParentExternalId.ShouldBe("1");
        stored.CreatedAt.ShouldBe(Monday.AddHours(3).UtcDateTime);
        stored.EditedAt.ShouldBe(Monday.AddHours(4).UtcDateTime);
        stored.DeletedAt.ShouldBeNull();
        stored.Body.ShouldBe("Eens, \"goed\" plan; zie regel 2\nen 3");
        stored.Likes.ShouldBe(4);
        stored.IsAccepted.ShouldBeTrue();
        stored.Topics.ShouldBe("reorganisatie\nict");
        (await db.Accounts.SingleAsync()).Email.ShouldBe("a@lindeloo.nl");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_same_items_again_adds_and_changes_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        Message[] export = [Post("1"), Post("2", "1"), Post("3", "1")];
        await ImportAsync(test, organisation, export);

        var again = await ImportAsync(test, organisation, export);

        again.Messages.ShouldBe(new ImportCount(3, 0, 0));
        await using var db = test.Database.CreateContext();
        (await db.Messages.CountAsync()).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_overlapping_export_adds_only_what_is_new_and_updates_what_changed(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        await ImportAsync(test, organisation, [Post("1"), Post("2", "1")]);

        var overlap = await ImportAsync(test, organisation, [Post("2", "1", body: "Aangepast"), Post("3", "1")]);

        overlap.Messages.ShouldBe(new ImportCount(2, 1, 1));
        await using var db = test.Database.CreateContext();
        (await db.Messages.CountAsync()).ShouldBe(3);
        (await db.Messages.SingleAsync(m => m.ExternalId == "2")).Body.ShouldBe("Aangepast");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_last_version_of_a_repeated_id_wins(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);

        await ImportAsync(test, organisation, [Post("1", body: "eerste versie"), Post("2", "1"), Post("1", body: "laatste versie")]);

        await using var db = test.Database.CreateContext();
        (await db.Messages.CountAsync()).ShouldBe(2);
        (await db.Messages.SingleAsync(m => m.ExternalId == "1")).Body.ShouldBe("laatste versie");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failure_halfway_leaves_the_database_as_it_was(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await OrganisationAsync(test);
        await ImportAsync(test, organisation, [Post("1", body: "origineel")]);

        // More than one batch is written before the failure, so rows really reached the server.
        var failing = async () =>
        {
            await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Yammer, null, CancellationToken.None);
            await session.AddMessageAsync(Post("1", body: "overschreven"));
            for (var i = 2; i < 12_000; i++) await session.AddMessageAsync(Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "1"));
            throw new InvalidOperationException("bad row in the export");
        };

        await Should.ThrowAsync<InvalidOperationException>(failing);
        await using var db = test.Database.CreateContext();
        (await db.Messages.CountAsync()).ShouldBe(1);
        (await db.Messages.SingleAsync()).Body.ShouldBe("origineel");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_platform_id_in_two_organisations_stays_two_messages(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var lindeloo = await OrganisationAsync(test, "gemeente-lindeloo");
        var rijnvliet = await OrganisationAsync(test, "waterschap-rijnvliet");

        await ImportAsync(test, lindeloo, [Post("1", body: "Lindeloo")]);
        await ImportAsync(test, rijnvliet, [Post("1", body: "Rijnvliet")]);

        await using var db = test.Database.CreateContext();
        (await db.Messages.Where(m => m.OrganisationId == lindeloo).Select(m => m.Body).SingleAsync()).ShouldBe("Lindeloo");
        (await db.Messages.Where(m => m.OrganisationId == rijnvliet).Select(m => m.Body).SingleAsync()).ShouldBe("Rijnvliet");
    }

    [Fact]
    public async Task Skipped_items_are_counted_per_kind_and_reason()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var organisation = await OrganisationAsync(test);
        await using var session = await ImportSession.BeginAsync(test.Database, organisation, Source.Slack, null, CancellationToken.None);

        session.Skip("file", "attachments are not imported");
        session.Skip("file", "attachments are not imported");
        session.Skip("message", "channel join");
        var result = await session.CommitAsync(CancellationToken.None);

        result.Skipped.ShouldBe([
            new SkippedItems("file", "attachments are not imported", 2),
            new SkippedItems("message", "channel join", 1)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_import_stores_language_and_sentiment_of_every_message_but_never_of_a_private_one(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = (await new OrganisationStore(test.Database).AddAsync("one", "One", null)).Id;
        var at = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        await using (var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None))
        {
            await session.AddMessageAsync(new Message("1", "1", null, "g", null, at, null, null, false, MessageKind.Post, "Bedankt voor het snelle oplossen, echt top!", 0, false, []));
            await session.AddMessageAsync(new Message("2", "2", null, "g", null, at, null, null, false, MessageKind.Post, "This is terrible, nothing works.", 0, false, []));
            await session.AddMessageAsync(new Message("3", "3", null, null, null, at, null, null, true, MessageKind.Post, "Privé: wat een slecht idee", 0, false, []));
            await session.CommitAsync(CancellationToken.None);
        }

        await using var db = test.Database.CreateContext();
        var rows = db.Messages.OrderBy(m => m.ExternalId).Select(m => new { m.ExternalId, m.Language, m.Sentiment }).ToList();
        rows[0].Language.ShouldBe("nl");
        rows[0].Sentiment!.Value.ShouldBeGreaterThan(0.05); // thanks for solving it: positive
        rows[1].Language.ShouldBe("en");
        rows[1].Sentiment!.Value.ShouldBeLessThan(-0.05);
        rows[2].Language.ShouldBeNull();
        rows[2].Sentiment.ShouldBeNull();
    }
}
