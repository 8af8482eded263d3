using System.Text;
using Pulse.Monitoring.Model;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class PersonEraserTests
{
    private static readonly DateTimeOffset Day = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private static Message Post(string id, string author, string body, string? parent = null) =>
        new(id, parent ?? id, parent, "g", author, Day, null, null, false, MessageKind.Post, body, 1, false, []);

    /// <summary>Anna (two messages) and Bert (one reply that mentions Anna by name, as a connector writes a resolved mention).</summary>
    private static async Task<long> SeedAsync(TestDatabase test, string slug, string source = Source.Yammer)
    {
        var org = (await new OrganisationStore(test.Database).AddAsync(slug, slug, null)).Id;
        await using var session = await ImportSession.BeginAsync(test.Database, org, source, null, CancellationToken.None);
        await session.AddAccountAsync(new Account("1", "Anna Zwanenburg", "anna@x.nl", null, null, null, AccountState.Active, false, null));
        await session.AddAccountAsync(new Account("2", "Bert Kwakkel", "bert@x.nl", null, null, null, AccountState.Active, false, null));
        await session.AddMessageAsync(Post("10", "1", "Geheime tekst van Anna over het project Quokka"));
        await session.AddMessageAsync(Post("11", "2", "Dank je Anna Zwanenburg, goed plan", "10"));
        await session.AddMessageAsync(Post("12", "1", "Nog een geheim: Wombat", "10"));
        await session.CommitAsync(CancellationToken.None);
        await new DirectoryStore(test.Database).ReplaceAsync(org, [new DirectoryEntry("anna@x.nl", "Anna Zwanenburg", "HR", false, true, null, null)]);
        return org;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Erasing_by_email_removes_messages_accounts_directory_entry_and_mentions_in_that_organisation_only(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var one = await SeedAsync(test, "one");
        var two = await SeedAsync(test, "two");
        var store = new MonitoringStore(test.Database);

        var erased = await new PersonEraser(test.Database).EraseAsync(one, new ErasureTarget("anna@x.nl", null, null));

        erased.ShouldBe(new ErasureResult(Messages: 2, Accounts: 1, DirectoryEntries: 1, Mentions: 1));
        var left = (await store.MessagesAsync(one, withBodies: true)).ShouldHaveSingleItem();
        left.ExternalId.ShouldBe("yammer:11");
        left.Body.ShouldBe("Dank je [verwijderd], goed plan");
        (await store.AccountsAsync(one)).Select(a => a.Email).ShouldBe(["bert@x.nl"]);
        (await new DirectoryStore(test.Database).ListAsync(one)).ShouldBeEmpty();
        (await store.MessagesAsync(two)).Count.ShouldBe(3);
        (await new PersonEraser(test.Database).EraseAsync(one, new ErasureTarget("anna@x.nl", null, null))).ShouldBe(new ErasureResult(0, 0, 0, 0));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Erasing_by_account_id_works_for_people_without_an_email_and_asks_for_the_source_when_ambiguous(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = await SeedAsync(test, "one", Source.Slack);
        await using (var session = await ImportSession.BeginAsync(test.Database, org, Source.Mattermost, null, CancellationToken.None))
        {
            await session.AddAccountAsync(new Account("1", "Iemand Anders", null, null, null, null, AccountState.Active, false, null));
            await session.CommitAsync(CancellationToken.None);
        }

        var eraser = new PersonEraser(test.Database);
        var ambiguous = await Should.ThrowAsync<PulseUsageException>(() => eraser.EraseAsync(org, new ErasureTarget(null, "1", null)));
        ambiguous.Message.ShouldContain("--source");

        var erased = await eraser.EraseAsync(org, new ErasureTarget(null, "1", Source.Slack));
        erased.ShouldBe(new ErasureResult(Messages: 2, Accounts: 1, DirectoryEntries: 1, Mentions: 1));
    }

    [Fact]
    public async Task After_erasing_no_deleted_content_is_left_in_the_sqlite_file()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var org = await SeedAsync(test, "one");

        await new PersonEraser(test.Database).EraseAsync(org, new ErasureTarget("anna@x.nl", null, null));

        var raw = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(test.Options.DatabaseFile));
        foreach (var trace in new[] { "Quokka", "Wombat", "anna@x.nl", "Zwanenburg" })
        {
            raw.ShouldNotContain(trace);
        }

        raw.ShouldContain("Kwakkel");
    }
}
