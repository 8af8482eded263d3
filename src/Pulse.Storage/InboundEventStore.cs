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

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
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
