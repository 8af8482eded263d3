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
        var pending = await store.ClaimAsync(one.Id, "slack", "w1", 10, at.AddSeconds(1), Lease);
        pending.Select(e => e.EventId).ShouldBe(["Ev1", "Ev2", "Ev3"]);
        pending[0].ReceivedAt.ShouldBe(at);
        pending[2].Body.ShouldBe("{\"a\":3}");
        (await store.DepthAsync(one.Id)).ShouldBe(4);

        await store.MarkProcessedAsync(one.Id, "slack", [new ProcessedEvent("Ev1", null), new ProcessedEvent("Ev2", "unreadable")], at.AddSeconds(2));

        // Ev3 is still w1's; once its lease has ended, it is the only one left to take.
        (await store.ClaimAsync(one.Id, "slack", "w2", 10, at.AddSeconds(3), Lease)).ShouldBeEmpty();
        (await store.ClaimAsync(one.Id, "slack", "w2", 10, at.AddSeconds(1) + Lease + TimeSpan.FromSeconds(1), Lease)).Select(e => e.EventId).ShouldBe(["Ev3"]);
        (await store.DepthAsync(one.Id)).ShouldBe(2);
        (await store.DepthAsync(two.Id)).ShouldBe(1);
    }

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_workers_claiming_one_queue_at_once_never_get_the_same_event(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await new OrganisationStore(test.Database).AddAsync("lindeloo", "Gemeente Lindeloo", null);
        var store = new InboundEventStore(test.Database);
        var at = DateTime.UtcNow;
        const int events = 600;
        await store.EnqueueAsync([.. Enumerable.Range(0, events).Select(i => new InboundEvent(organisation.Id, "slack", $"Ev{i:D4}", "{}"))], at);

        // Each worker claims small batches until the queue has nothing left for it; nothing is marked
        // processed, so only the claim itself keeps the other worker off an event.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<List<string>> WorkAsync(string claimer)
        {
            await start.Task;
            var claimed = new List<string>();
            while (await new InboundEventStore(test.Database).ClaimAsync(organisation.Id, "slack", claimer, 7, DateTime.UtcNow, Lease) is { Count: > 0 } batch)
            {
                claimed.AddRange(batch.Select(e => e.EventId));
            }

            return claimed;
        }

        var workers = new[] { Task.Run(() => WorkAsync("server-a")), Task.Run(() => WorkAsync("server-b")) };
        start.SetResult();
        var results = await Task.WhenAll(workers);

        results[0].Intersect(results[1]).ShouldBeEmpty();
        results[0].Count.ShouldBe(results[0].Distinct().Count(), "a worker never gets its own event twice either");
        (results[0].Count + results[1].Count).ShouldBe(events);
        var rows = await ClaimsAsync(test, organisation.Id);
        rows.Count(r => r.ClaimedBy == "server-a").ShouldBe(results[0].Count);
        rows.Count(r => r.ClaimedBy == "server-b").ShouldBe(results[1].Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_expired_lease_is_taken_by_another_worker_and_a_released_one_at_once(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var organisation = await new OrganisationStore(test.Database).AddAsync("lindeloo", "Gemeente Lindeloo", null);
        var store = new InboundEventStore(test.Database);
        var at = new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);
        await store.EnqueueAsync([new InboundEvent(organisation.Id, "slack", "Ev1", "{}"), new InboundEvent(organisation.Id, "slack", "Ev2", "{}")], at);

        // Server A takes both, then dies without finishing.
        (await store.ClaimAsync(organisation.Id, "slack", "server-a", 10, at, Lease)).Count.ShouldBe(2);

        // Within A's two minutes B gets nothing; a second after they end, B gets both.
        (await store.ClaimAsync(organisation.Id, "slack", "server-b", 10, at.AddSeconds(119), Lease)).ShouldBeEmpty();
        var taken = await store.ClaimAsync(organisation.Id, "slack", "server-b", 10, at.AddSeconds(121), Lease);

        taken.Select(e => e.EventId).ShouldBe(["Ev1", "Ev2"]);
        var rows = await ClaimsAsync(test, organisation.Id);
        rows.ShouldAllBe(r => r.ClaimedBy == "server-b" && r.ClaimedUntil == at.AddSeconds(121) + Lease);

        // B gives one back (its batch failed): C may take it at once, long before B's lease ends.
        (await store.ReleaseAsync(organisation.Id, "server-b", ["Ev2"])).ShouldBe(1);
        (await store.ClaimersAsync(organisation.Id)).ShouldBe(["server-b"]);
        (await store.ClaimAsync(organisation.Id, "slack", "server-c", 10, at.AddSeconds(122), Lease)).Select(e => e.EventId).ShouldBe(["Ev2"]);

        // Marking processed ends the lease: nothing is claimed any more, and nothing is left to claim.
        await store.MarkProcessedAsync(organisation.Id, "slack", [new ProcessedEvent("Ev1", null), new ProcessedEvent("Ev2", null)], at.AddSeconds(123));
        (await ClaimsAsync(test, organisation.Id)).ShouldAllBe(r => r.ClaimedBy == null && r.ClaimedUntil == null);
        (await store.ClaimAsync(organisation.Id, "slack", "server-d", 10, at.AddHours(1), Lease)).ShouldBeEmpty();
    }

    /// <summary>The queue's claim columns, read past the store.</summary>
    private static async Task<List<(string EventId, string? ClaimedBy, DateTime? ClaimedUntil)>> ClaimsAsync(TestDatabase test, long organisationId)
    {
        await using var db = test.Database.CreateContext();
        var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.InboundEvents.Where(e => e.OrganisationId == organisationId).Select(e => new { e.EventId, e.ClaimedBy, e.ClaimedUntil }));
        return [.. rows.Select(r => (r.EventId, r.ClaimedBy, r.ClaimedUntil))];
    }
}
