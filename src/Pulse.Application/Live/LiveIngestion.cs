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

    /// <summary>Who this worker is in <c>inbound_events.claimed_by</c>: machine, process, instance.</summary>
    public string Claimer { get; } = WorkerName.Create();

    /// <summary>Applies everything queued now, batch by batch; returns how many events were taken off the queue.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var taken = 0;
        var connections = await new ConnectionStore(database).ListAsync(LivePlatforms.Pushed, cancellationToken);
        if (!recovered)
        {
            await ReleaseAbandonedAsync(connections.Select(c => c.OrganisationId).Distinct(), cancellationToken);
            recovered = true;
        }

        foreach (var connection in connections)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var applied = await ApplyBatchAsync(connection, cancellationToken);
                taken += applied;
                if (applied < BatchSize) break;
            }
        }

        return taken;
    }

    /// <summary>Events still queued, over every connected organisation (the /metrics gauge).</summary>
    public async Task<long> DepthAsync(CancellationToken cancellationToken)
    {
        var store = new InboundEventStore(database);
        long depth = 0;
        foreach (var organisation in (await new ConnectionStore(database).ListAsync(LivePlatforms.Pushed, cancellationToken)).Select(c => c.OrganisationId).Distinct())
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

    private async Task<int> ApplyBatchAsync(ConnectionRow connection, CancellationToken cancellationToken)
    {
        var store = new InboundEventStore(database);
        var batch = await store.ClaimAsync(connection.OrganisationId, connection.Platform, Claimer, BatchSize, DateTime.UtcNow, Lease, cancellationToken);
        if (batch.Count == 0) return 0;
        try
        {
            await ApplyAsync(store, connection, batch, cancellationToken);
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

    private async Task ApplyAsync(InboundEventStore store, ConnectionRow connection, IReadOnlyList<InboundEventRow> batch, CancellationToken cancellationToken)
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
                var reading = GraphLifecycleNotification.Read(inbound.Body) is { } lifecycle
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
