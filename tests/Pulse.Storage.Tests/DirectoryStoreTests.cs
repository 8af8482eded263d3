using Pulse.Monitoring.Model;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class DirectoryStoreTests
{
    private static DirectoryEntry Entry(string email, string department = "ICT", bool manager = false, bool target = true) =>
        new(email, null, department, manager, target, null, null);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_directory_import_adds_updates_and_removes_and_a_second_one_changes_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", null)).Id;
        var store = new DirectoryStore(test.Database);
        await store.ReplaceAsync(org, [Entry("a@x.nl"), Entry("b@x.nl"), Entry("c@x.nl")]);

        var second = await store.ReplaceAsync(org, [Entry("A@X.nl", manager: true), Entry("b@x.nl"), Entry("d@x.nl")]);
        var third = await store.ReplaceAsync(org, [Entry("a@x.nl", manager: true), Entry("b@x.nl"), Entry("d@x.nl")]);

        second.ShouldBe(new DirectoryImportResult(3, 1, 1, 1, 1));
        third.ShouldBe(new DirectoryImportResult(3, 0, 0, 0, 3));
        var people = await store.ListAsync(org);
        people.Select(p => p.Email).ShouldBe(["a@x.nl", "b@x.nl", "d@x.nl"]);
        people[0].IsManager.ShouldBeTrue();
    }

    [Fact]
    public async Task A_directory_is_per_organisation()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var organisations = new OrganisationStore(test.Database);
        var one = (await organisations.AddAsync("one", "One", null)).Id;
        var two = (await organisations.AddAsync("two", "Two", null)).Id;
        var store = new DirectoryStore(test.Database);

        await store.ReplaceAsync(one, [Entry("a@x.nl")]);
        await store.ReplaceAsync(two, [Entry("b@x.nl")]);

        (await store.ListAsync(one)).Single().Email.ShouldBe("a@x.nl");
        (await store.ListAsync(two)).Single().Email.ShouldBe("b@x.nl");
    }

    [Fact]
    public async Task A_repeated_address_refuses_the_whole_file()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var org = (await new OrganisationStore(test.Database).AddAsync("one", "One", null)).Id;
        var store = new DirectoryStore(test.Database);
        await store.ReplaceAsync(org, [Entry("keep@x.nl")]);

        await Should.ThrowAsync<PulseException>(() => store.ReplaceAsync(org, [Entry("a@x.nl"), Entry("A@x.nl")]));

        (await store.ListAsync(org)).Single().Email.ShouldBe("keep@x.nl");
    }
}
