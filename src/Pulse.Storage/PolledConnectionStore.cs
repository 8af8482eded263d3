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

    /// <summary>Moves the cursor; called only after the import of what it covers has committed.</summary>
    public async Task SetCursorAsync(long organisationId, string platform, string cursor, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var now = DateTime.UtcNow;
        await db.Connections.Where(c => c.OrganisationId == organisationId && c.Platform == platform)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Cursor, cursor).SetProperty(c => c.UpdatedAt, now), cancellationToken);
    }

    private static IQueryable<StoredConnection> Query(IQueryable<ConnectionRow> connections, PulseDbContext db) =>
        from c in connections.AsNoTracking()
        join o in db.Organisations on c.OrganisationId equals o.Id
        select new StoredConnection(c.OrganisationId, o.Slug, c.Platform, c.Settings, c.Cursor, c.UpdatedAt);
}
