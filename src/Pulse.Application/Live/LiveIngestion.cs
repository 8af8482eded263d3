using Pulse.Application.Imports;
using Pulse.Connectors.Slack;
using Pulse.Connectors.Teams;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Live;

/// <summary>
/// The applying half of live ingestion: claims the queued events of every connected organisation in
/// batches, maps each to its message (as the export readers do), and imports a batch as one import —
/// one transaction, the aggregates, the search index and the alerts, as `pulse import` does. Applying a
/// batch again gives the same rows (messages are upserted by their platform id, the last version
/// winning), so a crash between the import's commit and the marking of its events is harmless.
/// A batch is claimed with a lease (<see cref="Lease"/>), so several servers on one database each apply
/// different events; a server that dies holding a lease delays its batch until the lease ends.
/// </summary>
public sealed class LiveIngestion
{
    private readonly PulseDatabase database;
    private readonly ImportRunner imports;
    private readonly HookCounters counters;
    private readonly GraphMessages graph;
    private readonly GraphSubscriptions subscriptions;
    private bool recovered;

    /// <summary>When to look again for events of organisations no longer connected (<see cref="Environment.TickCount64"/>).</summary>
    private long nextDisconnectedSweep;

    internal LiveIngestion(PulseDatabase database, ImportRunner imports, HookCounters counters, ConnectionSecrets secrets, GraphSubscriptions subscriptions)
    {
        (this.database, this.imports, this.counters, this.subscriptions) = (database, imports, counters, subscriptions);
        graph = new GraphMessages(secrets);
    }

    /// <summary>Events per import: large enough that a burst costs few imports, small enough that an import stays short.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// How long a claimed batch is this worker's: far longer than an import of one batch takes (seconds),
    /// short enough that the batch of a crashed server on another machine waits little. Servers' clocks
    /// must agree to well within it (NTP does).
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How often the worker looks for events of organisations no longer connected to their platform: rarely
    /// enough that a busy queue pays nothing for it each round, soon enough after the hooks' two seconds.
    /// </summary>
    public TimeSpan DisconnectedSweep { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Who this worker is in <c>inbound_events.claimed_by</c>: machine, process, instance.</summary>
    public string Claimer { get; } = WorkerName.Create();

    /// <summary>
    /// Applies everything queued now, batch by batch; returns how many events were taken off the queue.
    /// Events of an organisation no longer connected to their platform (`pulse disconnect`, or acknowledged in
    /// the two seconds the hooks still knew the connection) are applied too: they were acknowledged, and the
    /// platform will not send them again. A Slack event needs nothing from the connection; a Graph notification
    /// that carries its message is read as it is, one that needs the certificate or the app's token is given
    /// up with the reason (both left with the connection), and a lifecycle one is about a subscription deleted with it.
    /// Such organisations are looked for every <see cref="DisconnectedSweep"/>, not every round.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var taken = 0;
        var store = new InboundEventStore(database);
        var sweep = !recovered || Environment.TickCount64 >= nextDisconnectedSweep;
        // The queue is read before the connections: an event queued meanwhile belongs to a connection that list holds.
        IReadOnlyList<long> queued = sweep ? await store.QueuedOrganisationsAsync(cancellationToken) : [];
        var connections = await new ConnectionStore(database).ListAsync(LivePlatforms.Pushed, cancellationToken);
        if (sweep) nextDisconnectedSweep = Environment.TickCount64 + (long)DisconnectedSweep.TotalMilliseconds;
        if (!recovered)
        {
            await ReleaseAbandonedAsync(queued, cancellationToken);
            recovered = true;
        }

        var disconnected = queued
            .SelectMany(organisation => LivePlatforms.Pushed.Select(platform => (Organisation: organisation, Platform: platform)))
            .Where(pair => !connections.Any(c => c.OrganisationId == pair.Organisation && c.Platform == pair.Platform))
            .Select(pair => (Row: new ConnectionRow { OrganisationId = pair.Organisation, Platform = pair.Platform, Settings = string.Empty }, Connected: false));
        foreach (var (connection, connected) in connections.Select(c => (c, true)).Concat(disconnected))
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var applied = await ApplyBatchAsync(connection, connected, cancellationToken);
                taken += applied;
                if (applied < BatchSize) break;
            }
        }

        return taken;
    }

    /// <summary>Events still queued, over every organisation (the /metrics gauge).</summary>
    public async Task<long> DepthAsync(CancellationToken cancellationToken)
    {
        var store = new InboundEventStore(database);
        long depth = 0;
        foreach (var organisation in await store.QueuedOrganisationsAsync(cancellationToken))
        {
            depth += await store.DepthAsync(organisation, cancellationToken);
        }

        return depth;
    }

    /// <summary>
    /// At the first drain: leases held by a server process of this machine that no longer runs (killed,
    /// crashed, restarted) are ended at once, so a restarted server applies what its predecessor had claimed
    /// without waiting for the lease. Another machine's are left to their lease: Pulse cannot see its processes.
    /// </summary>
    private async Task ReleaseAbandonedAsync(IEnumerable<long> organisations, CancellationToken cancellationToken)
    {
        var store = new InboundEventStore(database);
        foreach (var organisation in organisations)
        {
            foreach (var claimer in await store.ClaimersAsync(organisation, cancellationToken))
            {
                if (WorkerName.IsGoneFromThisMachine(claimer)) await store.ReleaseAsync(organisation, claimer, cancellationToken: cancellationToken);
            }
        }
    }

    private async Task<int> ApplyBatchAsync(ConnectionRow connection, bool connected, CancellationToken cancellationToken)
    {
        var store = new InboundEventStore(database);
        // A claim is a write (SQLite's one writer): asked only when there is something of that platform to claim.
        if (!connected && !await store.AnyQueuedAsync(connection.OrganisationId, connection.Platform, cancellationToken)) return 0;
        var batch = await store.ClaimAsync(connection.OrganisationId, connection.Platform, Claimer, BatchSize, DateTime.UtcNow, Lease, cancellationToken);
        if (batch.Count == 0) return 0;
        if (!connected && await new ConnectionStore(database).FindAsync(connection.OrganisationId, connection.Platform, cancellationToken) is not null)
        {
            // Connected since the round began: handed back, and applied with the connection at the next round.
            await store.ReleaseAsync(connection.OrganisationId, Claimer, [.. batch.Select(e => e.EventId)], cancellationToken);
            return 0;
        }

        try
        {
            await ApplyAsync(store, connection, connected, batch, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The batch stays queued; released so that the next round (here or on another server) takes it
            // at once. If even that fails (the database is gone), the lease ends by itself.
            try
            {
                await store.ReleaseAsync(connection.OrganisationId, Claimer, [.. batch.Select(e => e.EventId)], CancellationToken.None);
            }
            catch (Exception release) when (release is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
            }

            throw;
        }

        return batch.Count;
    }

    private async Task ApplyAsync(InboundEventStore store, ConnectionRow connection, bool connected, IReadOnlyList<InboundEventRow> batch, CancellationToken cancellationToken)
    {
        var outcomes = new List<ProcessedEvent>(batch.Count);
        var messages = new List<Message>(batch.Count);
        // Graph notifications may need a fetch each; past half the lease the rest of the batch is handed back
        // (released: taken again at once) rather than kept past the lease, when another server could take it too.
        var handBack = new List<string>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var inbound in batch)
        {
            if (connection.Platform != LivePlatforms.Slack && started.Elapsed > Lease / 2)
            {
                handBack.Add(inbound.EventId);
                continue;
            }

            try
            {
                if (connection.Platform == LivePlatforms.Slack)
                {
                    if (SlackEvents.Read(inbound.Body) is { } message) messages.Add(message);
                    outcomes.Add(new ProcessedEvent(inbound.EventId, null));
                    continue;
                }

                // A lifecycle notification is about the subscription, not a message: acted on here, off the request Graph waited on.
                var reading = !connected
                    ? GraphMessages.ReadDisconnected(inbound.Body)
                    : GraphLifecycleNotification.Read(inbound.Body) is { } lifecycle
                        ? await subscriptions.HandleAsync(connection, lifecycle, cancellationToken)
                        : await graph.ReadAsync(connection, inbound.Body, cancellationToken);
                // Graph busy or unreachable: the event keeps its claim until the lease ends, then is tried again (a back-off).
                if (reading.PutOff) continue;
                if (reading.Message is { } read) messages.Add(read);
                outcomes.Add(new ProcessedEvent(inbound.EventId, reading.Error));
            }
            catch (ImportException e)
            {
                // Verified but unreadable: kept with its reason, never retried (it would fail the same way).
                outcomes.Add(new ProcessedEvent(inbound.EventId, e.Message));
            }
        }

        var slug = (await new OrganisationStore(database).FindByIdAsync(connection.OrganisationId, cancellationToken)).Slug;
        if (messages.Count > 0)
        {
            var source = connection.Platform == LivePlatforms.Slack ? Source.Slack : Source.Teams;
            await imports.ImportItemsAsync(slug, source, "live " + connection.Platform + " events", async (sink, token) =>
            {
                foreach (var message in messages) await sink.AddMessageAsync(message, token);
            }, cancellationToken);
        }

        await store.MarkProcessedAsync(connection.OrganisationId, connection.Platform, outcomes, DateTime.UtcNow, cancellationToken);
        if (handBack.Count > 0) await store.ReleaseAsync(connection.OrganisationId, Claimer, handBack, cancellationToken);
        var failed = outcomes.Count(o => o.Error is not null);
        counters.Processed(connection.Platform, outcomes.Count - failed, failed);
    }
}
