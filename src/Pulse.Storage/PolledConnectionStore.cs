using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>A stored connection: whose, to what, its settings (JSON) and where polling got to.</summary>
public sealed record StoredConnection(long OrganisationId, string Organisation, string Platform, string Settings, string? Cursor, DateTime UpdatedAt);

/// <summary>
/// The connections table as the pollers use it (Yammer): keep a connection's settings, find every
/// connection of a platform, and move the cursor once an import has committed.
/// </summary>
public sealed class PolledConnectionStore(PulseDatabase database)
{
    /// <summary>Creates or replaces the organisation's connection to the platform, with where its first poll got to.</summary>
    public async Task SaveAsync(long organisationId, string platform, string settings, string? cursor, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var now = DateTime.UtcNow;
        var row = await db.Connections.FirstOrDefaultAsync(c => c.OrganisationId == organisationId && c.Platform == platform, cancellationToken);
        if (row is null)
        {
            db.Connections.Add(new ConnectionRow { OrganisationId = organisationId, Platform = platform, Settings = settings, Cursor = cursor, CreatedAt = now, UpdatedAt = now });
        }
        else
        {
            row.Settings = settings;
            row.Cursor = cursor;
            row.PollDueAt = null;
            row.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<StoredConnection?> FindAsync(long organisationId, string platform, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await Query(db.Connections.Where(c => c.OrganisationId == organisationId && c.Platform == platform), db).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every organisation's connection to the platform, by organisation slug.</summary>
    public async Task<IReadOnlyList<StoredConnection>> ListAsync(string platform, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var connections = await Query(db.Connections.Where(c => c.Platform == platform), db).ToListAsync(cancellationToken);
        return [.. connections.OrderBy(c => c.Organisation, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Takes the connection's timed poll when it is due, and makes the next one due <paramref name="interval"/>
    /// later: true for the one caller (of any process on the database) whose update found it due. A poller
    /// that dies after taking it leaves the poll to the next interval, from the same cursor.
    /// </summary>
    public async Task<bool> TakeDuePollAsync(long organisationId, string platform, DateTime now, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var next = now + interval;
        var taken = await db.Connections
            .Where(c => c.OrganisationId == organisationId && c.Platform == platform && (c.PollDueAt == null || c.PollDueAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PollDueAt, next), cancellationToken);
        return taken == 1;
    }

    /// <summary>
    /// Moves the cursor forward; called only after the import of what it covers has committed. Cursors
    /// are whole decimal numbers (Yammer's message ids), compared as numbers: a poll that ends after a
    /// later one (two servers, or a timed and a manual poll) never moves the cursor back.
    /// </summary>
    public async Task AdvanceCursorAsync(long organisationId, string platform, string cursor, CancellationToken cancellationToken = default)
    {
        if (cursor.Length == 0 || !cursor.All(char.IsAsciiDigit) || (cursor.Length > 1 && cursor[0] == '0'))
        {
            throw new ArgumentException($"A polling cursor is a whole number without leading zeros, not '{cursor}'.", nameof(cursor));
        }

        await using var db = database.CreateContext();
        var now = DateTime.UtcNow;
        // Numbers of the same form order by length first, then digit by digit.
        await db.Connections
            .Where(c => c.OrganisationId == organisationId && c.Platform == platform
                && (c.Cursor == null || c.Cursor.Length < cursor.Length || (c.Cursor.Length == cursor.Length && c.Cursor.CompareTo(cursor) < 0)))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Cursor, cursor).SetProperty(c => c.UpdatedAt, now), cancellationToken);
    }

    private static IQueryable<StoredConnection> Query(IQueryable<ConnectionRow> connections, PulseDbContext db) =>
        from c in connections.AsNoTracking()
        join o in db.Organisations on c.OrganisationId equals o.Id
        select new StoredConnection(c.OrganisationId, o.Slug, c.Platform, c.Settings, c.Cursor, c.UpdatedAt);
}
