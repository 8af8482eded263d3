using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
        // A key twice in one batch (a retry that overtook its first delivery): only the first can be new.
        var first = new Dictionary<(long, string, string), int>();
        for (var i = 0; i < events.Count; i++) first.TryAdd((events[i].OrganisationId, events[i].Platform, events[i].EventId), i);
        var unique = first.Values.Order().ToList();

        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in unique.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // One multi-row statement per chunk; RETURNING names the rows that were new (SQLite 3.35+ and PostgreSQL alike),
            // and ON CONFLICT DO NOTHING leaves those already stored untouched.
            var values = new System.Text.StringBuilder();
            for (var j = 0; j < chunk.Length; j++)
            {
                var e = events[chunk[j]];
                if (j > 0) values.Append(',');
                values.Append(System.Globalization.CultureInfo.InvariantCulture, $"(@o{j}, @p{j}, @e{j}, @b{j}, @r)");
                Add(command, $"@o{j}", e.OrganisationId);
                Add(command, $"@p{j}", e.Platform);
                Add(command, $"@e{j}", e.EventId);
                Add(command, $"@b{j}", e.Body);
            }

            Add(command, "@r", receivedAt);
            command.CommandText = $"INSERT INTO inbound_events (organisation_id, platform, event_id, body, received_at) VALUES {values} ON CONFLICT DO NOTHING RETURNING organisation_id, platform, event_id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                added[first[(reader.GetInt64(0), reader.GetString(1), reader.GetString(2))]] = true;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Rows per INSERT: four parameters each stay far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int RowsPerStatement = 200;

    private static void Add(System.Data.Common.DbCommand command, string name, object value) => SqlCommands.Add(command, name, value);

    /// <summary>
    /// Takes the organisation's oldest queued events of <paramref name="platform"/> that no worker holds
    /// (or whose worker's lease ended before <paramref name="now"/>: it crashed or stalled), at most
    /// <paramref name="limit"/>, for <paramref name="claimer"/> until <paramref name="now"/> +
    /// <paramref name="lease"/>. One statement, so two workers never take the same event: on PostgreSQL
    /// the rows are chosen <c>FOR UPDATE SKIP LOCKED</c> (a concurrent claimer passes over them rather than
    /// waiting, and re-checks the lease of any row that changed meanwhile); SQLite has one writer at a time.
    /// Oldest first.
    /// </summary>
    public async Task<IReadOnlyList<InboundEventRow>> ClaimAsync(long organisationId, string platform, string claimer, int limit, DateTime now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimer);
        var lockRows = database.Options.Provider == DatabaseProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        // An explicit transaction: on SQLite it begins IMMEDIATE, waiting (busy timeout) for the write lock that an
        // import or the hooks' group commit holds; a lone UPDATE … RETURNING could instead fail with "database is
        // locked" while its rows were read, and the worker would pause.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = $"""
            UPDATE inbound_events SET claimed_by = @claimer, claimed_until = @until
            WHERE organisation_id = @o AND platform = @p AND event_id IN (
                SELECT event_id FROM inbound_events
                WHERE organisation_id = @o AND platform = @p AND processed_at IS NULL AND (claimed_until IS NULL OR claimed_until < @now)
                ORDER BY received_at, event_id
                LIMIT @limit{lockRows})
            RETURNING organisation_id, platform, event_id, body, received_at
            """;
        Add(command, "@claimer", claimer);
        Add(command, "@until", now + lease);
        Add(command, "@o", organisationId);
        Add(command, "@p", platform);
        Add(command, "@now", now);
        Add(command, "@limit", limit);
        var claimed = new List<InboundEventRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(new InboundEventRow
                {
                    OrganisationId = reader.GetInt64(0),
                    Platform = reader.GetString(1),
                    EventId = reader.GetString(2),
                    Body = reader.GetString(3),
                    ReceivedAt = DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc),
                    ClaimedBy = claimer,
                    ClaimedUntil = now + lease,
                });
            }
        }

        await transaction.CommitAsync(cancellationToken);
        // RETURNING promises no order.
        return [.. claimed.OrderBy(e => e.ReceivedAt).ThenBy(e => e.EventId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Gives up <paramref name="claimer"/>'s lease on the organisation's queued events (of
    /// <paramref name="eventIds"/> only, when given): a batch that failed, or the claims of a worker
    /// known to be gone, are taken again at once rather than when the lease ends.
    /// </summary>
    public async Task<int> ReleaseAsync(long organisationId, string claimer, IReadOnlyCollection<string>? eventIds = null, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var claims = db.InboundEvents.Where(e => e.OrganisationId == organisationId && e.ProcessedAt == null && e.ClaimedBy == claimer);
        if (eventIds is not null) claims = claims.Where(e => eventIds.Contains(e.EventId));
        return await claims.ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, (string?)null).SetProperty(e => e.ClaimedUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>The workers holding a lease on some of the organisation's queued events (expired leases included).</summary>
    public async Task<IReadOnlyList<string>> ClaimersAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.InboundEvents
            .Where(e => e.OrganisationId == organisationId && e.ProcessedAt == null && e.ClaimedBy != null)
            .Select(e => e.ClaimedBy!).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>Marks events as applied (or given up on, with their error) and ends their lease, in one transaction.</summary>
    public async Task MarkProcessedAsync(long organisationId, string platform, IReadOnlyList<ProcessedEvent> events, DateTime processedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var e in events)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE inbound_events SET processed_at = {processedAt}, error = {e.Error}, claimed_by = NULL, claimed_until = NULL WHERE organisation_id = {organisationId} AND platform = {platform} AND event_id = {e.EventId}",
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The organisations with events still queued, connected or not (the worker applies what was acknowledged
    /// before a `pulse disconnect`). One index seek per organisation on (organisation_id, processed_at, …),
    /// never a scan of the processed events.
    /// </summary>
    public async Task<IReadOnlyList<long>> QueuedOrganisationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Organisations
            .Where(o => db.InboundEvents.Any(e => e.OrganisationId == o.Id && e.ProcessedAt == null))
            .Select(o => o.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the organisation has events of <paramref name="platform"/> still queued (a read, no lock taken).</summary>
    public async Task<bool> AnyQueuedAsync(long organisationId, string platform, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.InboundEvents.AnyAsync(e => e.OrganisationId == organisationId && e.ProcessedAt == null && e.Platform == platform, cancellationToken);
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
