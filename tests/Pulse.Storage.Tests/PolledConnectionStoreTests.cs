using Pulse.Testing;

namespace Pulse.Storage.Tests;

/// <summary>How pollers share a connection: the due poll taken once, the cursor only moved forward.</summary>
public sealed class PolledConnectionStoreTests
{
    private static readonly DateTime Noon = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    private static async Task<(TestDatabase Database, long Organisation)> ConnectedAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var organisation = await new OrganisationStore(database.Database).AddAsync("lindeloo", "Gemeente Lindeloo", 1240);
        await new PolledConnectionStore(database.Database).SaveAsync(organisation.Id, "yammer", "{}", "1000");
        return (database, organisation.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_due_poll_is_taken_by_one_caller_and_is_due_again_an_interval_later(string provider)
    {
        var (database, organisation) = await ConnectedAsync(provider);
        await using var _ = database;
        var interval = TimeSpan.FromMinutes(5);

        // Eight pollers at once (eight servers' timers): the first update finds it due, the others find it taken.
        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => new PolledConnectionStore(database.Database).TakeDuePollAsync(organisation, "yammer", Noon, interval)));
        taken.Count(t => t).ShouldBe(1);

        var store = new PolledConnectionStore(database.Database);
        (await store.TakeDuePollAsync(organisation, "yammer", Noon.AddMinutes(4).AddSeconds(59), interval)).ShouldBeFalse("due at 12:05");
        (await store.TakeDuePollAsync(organisation, "yammer", Noon.AddMinutes(5), interval)).ShouldBeTrue("due at 12:05");
        (await store.TakeDuePollAsync(organisation, "yammer", Noon.AddMinutes(5), interval)).ShouldBeFalse("taken; next due at 12:10");
        (await store.TakeDuePollAsync(organisation, "slack", Noon.AddHours(1), interval)).ShouldBeFalse("no such connection");

        // Connecting again (a new token) makes a poll due at once.
        await store.SaveAsync(organisation, "yammer", "{}", "1000");
        (await store.TakeDuePollAsync(organisation, "yammer", Noon.AddMinutes(6), interval)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cursor_moves_forward_as_a_number_and_never_back(string provider)
    {
        var (database, organisation) = await ConnectedAsync(provider);
        await using var _ = database;
        var store = new PolledConnectionStore(database.Database);

        async Task<string?> Cursor() => (await store.FindAsync(organisation, "yammer"))!.Cursor;

        await store.AdvanceCursorAsync(organisation, "yammer", "999");
        (await Cursor()).ShouldBe("1000", "999 < 1000, though '999' > '1000' as text");
        await store.AdvanceCursorAsync(organisation, "yammer", "1001");
        (await Cursor()).ShouldBe("1001");
        await store.AdvanceCursorAsync(organisation, "yammer", "10000");
        (await Cursor()).ShouldBe("10000");
        await store.AdvanceCursorAsync(organisation, "yammer", "9999");
        (await Cursor()).ShouldBe("10000");
        await store.AdvanceCursorAsync(organisation, "yammer", "10000");
        (await Cursor()).ShouldBe("10000");
        await store.AdvanceCursorAsync(organisation, "yammer", "2000337749565441");
        (await Cursor()).ShouldBe("2000337749565441");
        await Should.ThrowAsync<ArgumentException>(() => store.AdvanceCursorAsync(organisation, "yammer", "02000337749565442"));
        await Should.ThrowAsync<ArgumentException>(() => store.AdvanceCursorAsync(organisation, "yammer", "-5"));
    }
}
