using Pulse.Monitoring.Model;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class MonitoringStoreTests
{
    private static readonly DateTimeOffset Day = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private static Message Post(string id, string author, string? parent = null) =>
        new(id, parent ?? id, parent, "g", author, Day, null, null, false, MessageKind.Post, "tekst " + id, 1, false, ["t"]);

    private static async Task<long> SeedAsync(TestDatabase test, string slug)
    {
        var org = (await new OrganisationStore(test.Database).AddAsync(slug, slug, null)).Id;
        await using var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None);
        await session.AddAccountAsync(new Account("1", "Anna", "anna@x.nl", null, null, null, AccountState.Active, false, null));
        await session.AddAccountAsync(new Account("2", "Bert", "bert@x.nl", null, null, null, AccountState.Active, false, null));
        await session.AddMessageAsync(Post("10", "1"));
        await session.AddMessageAsync(Post("11", "2", "10"));
        await session.AddMessageAsync(Post("12", "1", "10"));
        await session.CommitAsync(CancellationToken.None);
        await new DirectoryStore(test.Database).ReplaceAsync(org, [new DirectoryEntry("anna@x.nl", "Anna", "HR", false, true, null, null)]);
        return org;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Messages_and_accounts_come_back_as_domain_records_with_source_qualified_ids(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = await SeedAsync(test, "one");
        var store = new MonitoringStore(test.Database);

        var messages = await store.MessagesAsync(org, withBodies: true);
        var accounts = await store.AccountsAsync(org);

        messages.Count.ShouldBe(3);
        var reply = messages.Single(m => m.ExternalId == "yammer:11");
        reply.ThreadExternalId.ShouldBe("yammer:10");
        reply.ParentExternalId.ShouldBe("yammer:10");
        reply.AuthorExternalId.ShouldBe("yammer:2");
        reply.CreatedAt.ShouldBe(Day);
        reply.Body.ShouldBe("tekst 11");
        reply.Topics.ShouldBe(["t"]);
        accounts.Select(a => a.ExternalId).ShouldBe(["yammer:1", "yammer:2"]);
    }
}
