using Pulse.Application.Imports;
using Pulse.Connectors.Slack;
using Pulse.Connectors.Teams;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Live;

/// <summary>
/// The applying half of live ingestion: takes the queued events of every connected organisation in
/// batches, maps each to its message (as the export readers do), and imports a batch as one import —
/// one transaction, the aggregates, the search index and the alerts, as `pulse import` does. Applying a
/// batch again gives the same rows (messages are upserted by their platform id, the last version
/// winning), so a crash between the import's commit and the marking of its events is harmless.
/// </summary>
public sealed class LiveIngestion
{
    private readonly PulseDatabase database;
    private readonly ImportRunner imports;
    private readonly HookCounters counters;

    internal LiveIngestion(PulseDatabase database, ImportRunner imports, HookCounters counters) => (this.database, this.imports, this.counters) = (database, imports, counters);

    /// <summary>Events per import: large enough that a burst costs few imports, small enough that an import stays short.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Applies everything queued now, batch by batch; returns how many events were taken off the queue.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var taken = 0;
        foreach (var connection in await new ConnectionStore(database).ListAsync(LivePlatforms.Pushed, cancellationToken))
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

    private async Task<int> ApplyBatchAsync(ConnectionRow connection, CancellationToken cancellationToken)
    {
        var store = new InboundEventStore(database);
        var batch = await store.PendingAsync(connection.OrganisationId, connection.Platform, BatchSize, cancellationToken);
        if (batch.Count == 0) return 0;
        var outcomes = new List<ProcessedEvent>(batch.Count);
        var messages = new List<Message>(batch.Count);
        foreach (var inbound in batch)
        {
            try
            {
                if (Read(connection.Platform, inbound.Body) is { } message) messages.Add(message);
                outcomes.Add(new ProcessedEvent(inbound.EventId, null));
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
        var failed = outcomes.Count(o => o.Error is not null);
        counters.Processed(connection.Platform, outcomes.Count - failed, failed);
        return batch.Count;
    }

    private static Message? Read(string platform, string body) => platform == LivePlatforms.Slack ? SlackEvents.Read(body) : GraphNotifications.Read(body);
}
