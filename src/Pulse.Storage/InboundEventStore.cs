using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>An event to store: whose, from which platform, its platform id and its body.</summary>
public sealed record InboundEvent(long OrganisationId, string Platform, string EventId, string Body);

/// <summary>A stored event's outcome after the worker applied it: null error when it was applied.</summary>
public sealed record ProcessedEvent(string EventId, string? Error);

/// <summary>
/// The durable queue of pushed events (table inbound_events). An event is stored here before the
/// platform gets its acknowledgement, so an acknowledged event survives a crash; the key
/// (organisation, platform, event id) makes a retried or replayed event a no-op.
/// </summary>
public sealed class InboundEventStore(PulseDatabase database)
{
    /// <summary>
    /// Stores the events in one transaction (one commit for many requests: group commit) and says for
    /// each whether it was new (true) or already stored (false: a retry or a replay). When this returns,
    /// the events are on disk.
    /// </summary>
    public async Task<IReadOnlyList<bool>> EnqueueAsync(IReadOnlyList<InboundEvent> events, DateTime receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var added = new bool[events.Count];
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // ON CONFLICT DO NOTHING is the same statement on SQLite and PostgreSQL: 1 row when new, 0 when already there.
            added[i] = await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO inbound_events (organisation_id, platform, event_id, body, received_at) VALUES ({e.OrganisationId}, {e.Platform}, {e.EventId}, {e.Body}, {receivedAt}) ON CONFLICT DO NOTHING",
                cancellationToken) == 1;
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>The organisation's oldest queued events of <paramref name="platform"/>, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<InboundEventRow>> PendingAsync(long organisationId, string platform, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.InboundEvents.AsNoTracking()
            .Where(e => e.OrganisationId == organisationId && e.ProcessedAt == null && e.Platform == platform)
            .OrderBy(e => e.ReceivedAt).ThenBy(e => e.EventId)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks events as applied (or given up on, with their error), in one transaction.</summary>
    public async Task MarkProcessedAsync(long organisationId, string platform, IReadOnlyList<ProcessedEvent> events, DateTime processedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var e in events)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE inbound_events SET processed_at = {processedAt}, error = {e.Error} WHERE organisation_id = {organisationId} AND platform = {platform} AND event_id = {e.EventId}",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>How many events of the organisation are still queued.</summary>
    public async Task<int> DepthAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.InboundEvents.CountAsync(e => e.OrganisationId == organisationId && e.ProcessedAt == null, cancellationToken);
    }

    /// <summary>The organisation's stored events of <paramref name="platform"/> (for tests and checks of what was kept).</summary>
    public async Task<int> CountAsync(long organisationId, string platform, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.InboundEvents.CountAsync(e => e.OrganisationId == organisationId && e.Platform == platform, cancellationToken);
    }
}
