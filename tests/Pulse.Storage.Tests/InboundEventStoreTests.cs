using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class InboundEventStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_event_id_is_stored_once_per_organisation_and_platform_and_leaves_the_queue_when_processed(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var one = await new OrganisationStore(test.Database).AddAsync("lindeloo", "Gemeente Lindeloo", null);
        var two = await new OrganisationStore(test.Database).AddAsync("rijnvliet", "Waterschap Rijnvliet", null);
        var store = new InboundEventStore(test.Database);
        var at = new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

        var first = await store.EnqueueAsync(
        [
            new InboundEvent(one.Id, "slack", "Ev1", "{\"a\":1}"),
            new InboundEvent(one.Id, "slack", "Ev2", "{\"a\":2}"),
            // The same id in the same batch (a retry that overtook its first delivery): once.
            new InboundEvent(one.Id, "slack", "Ev1", "{\"a\":1}"),
            // The same id elsewhere is another event.
            new InboundEvent(one.Id, "graph", "Ev1", "{}"),
            new InboundEvent(two.Id, "slack", "Ev1", "{}"),
        ], at);
        var second = await store.EnqueueAsync([new InboundEvent(one.Id, "slack", "Ev2", "{\"a\":2}"), new InboundEvent(one.Id, "slack", "Ev3", "{\"a\":3}")], at.AddSeconds(1));

        first.ShouldBe([true, true, false, true, true]);
        second.ShouldBe([false, true]);
        (await store.CountAsync(one.Id, "slack")).ShouldBe(3);
        var pending = await store.PendingAsync(one.Id, "slack", 10);
        pending.Select(e => e.EventId).ShouldBe(["Ev1", "Ev2", "Ev3"]);
        pending[0].ReceivedAt.ShouldBe(at);
        pending[2].Body.ShouldBe("{\"a\":3}");
        (await store.DepthAsync(one.Id)).ShouldBe(4);

        await store.MarkProcessedAsync(one.Id, "slack", [new ProcessedEvent("Ev1", null), new ProcessedEvent("Ev2", "unreadable")], at.AddSeconds(2));

        (await store.PendingAsync(one.Id, "slack", 10)).Select(e => e.EventId).ShouldBe(["Ev3"]);
        (await store.DepthAsync(one.Id)).ShouldBe(2);
        (await store.DepthAsync(two.Id)).ShouldBe(1);
    }
}
