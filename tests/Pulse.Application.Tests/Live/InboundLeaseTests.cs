using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Application.Tests.Live;

/// <summary>The lease on the inbound queue, through the application's worker: two servers on one database apply each event once.</summary>
public sealed class InboundLeaseTests
{
    private const string Org = "lindeloo";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_servers_draining_one_queue_at_once_apply_every_event_once(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var (first, organisationId) = await ConnectedAsync(test);
        var second = await PulseApp.OpenAsync(test.Options);
        const int events = 300;
        await new InboundEventStore(test.Database).EnqueueAsync([.. Enumerable.Range(0, events).Select(i => Event(organisationId, i))], DateTime.UtcNow);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var drains = new[] { first, second }.Select(app => Task.Run(async () =>
        {
            await start.Task;
            return await app.Inbound.DrainAsync(CancellationToken.None);
        })).ToArray();
        start.SetResult();
        var taken = await Task.WhenAll(drains);

        // Without the lease each would read the same pending events and apply them: 600 between them.
        (taken[0] + taken[1]).ShouldBe(events);
        (first.HookCounters.ProcessedCount("slack") + second.HookCounters.ProcessedCount("slack")).ShouldBe(events);
        await using var db = test.Database.CreateContext();
        (await db.Messages.CountAsync(m => m.OrganisationId == organisationId)).ShouldBe(events);
        (await db.InboundEvents.CountAsync(e => e.OrganisationId == organisationId && (e.ProcessedAt == null || e.ClaimedBy != null))).ShouldBe(0);
    }

    [Fact]
    public async Task A_restarted_server_takes_over_what_a_killed_server_of_its_machine_had_claimed_at_once()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var (app, organisationId) = await ConnectedAsync(test);
        var store = new InboundEventStore(test.Database);
        await store.EnqueueAsync([Event(organisationId, 1), Event(organisationId, 2)], DateTime.UtcNow);
        // A process of this machine that has ended (a server killed with -9 looks the same), and a server elsewhere.
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await ended.WaitForExitAsync();
        var killed = $"{Environment.MachineName}/{ended.Id}/0123456789abcdef0123456789abcdef";
        (await store.ClaimAsync(organisationId, "slack", killed, 1, DateTime.UtcNow, TimeSpan.FromMinutes(2))).Count.ShouldBe(1);
        (await store.ClaimAsync(organisationId, "slack", "elsewhere.example.org/4242/fedcba", 1, DateTime.UtcNow, TimeSpan.FromMinutes(2))).Count.ShouldBe(1);

        var taken = await app.Inbound.DrainAsync(CancellationToken.None);

        // The killed server's event is applied now; the other machine's waits for its lease (its server may be alive).
        taken.ShouldBe(1);
        await using var db = test.Database.CreateContext();
        var left = await db.InboundEvents.Where(e => e.OrganisationId == organisationId && e.ProcessedAt == null).Select(e => e.ClaimedBy).ToListAsync();
        left.ShouldBe(["elsewhere.example.org/4242/fedcba"]);
    }

    private static async Task<(PulseApp App, long OrganisationId)> ConnectedAsync(TestDatabase test)
    {
        var organisation = await new OrganisationStore(test.Database).AddAsync(Org, "Gemeente Lindeloo", 1240);
        var app = await PulseApp.OpenAsync(test.Options);
        await app.Connections.ConnectSlackAsync(Org, "lease-test-secret");
        return (app, organisation.Id);
    }

    /// <summary>A Slack message event as the Events API sends it (its documented shape), one per <paramref name="n"/>.</summary>
    private static InboundEvent Event(long organisationId, int n)
    {
        var ts = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 600}.{n:D6}";
        var body = $$$"""{"token":"x","team_id":"T0TEAM","type":"event_callback","event_id":"Ev{{{n:D5}}}","event_time":1700000000,"event":{"type":"message","channel":"C0LIVE","channel_type":"channel","user":"U0ALICE","text":"bericht {{{n}}}","ts":"{{{ts}}}"}}""";
        return new InboundEvent(organisationId, "slack", $"Ev{n:D5}", body);
    }
}
