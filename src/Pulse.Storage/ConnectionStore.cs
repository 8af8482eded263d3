using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>The organisations' live connections to platforms (`pulse connect`).</summary>
public sealed class ConnectionStore(PulseDatabase database)
{
    /// <summary>Creates or replaces the organisation's connection to <paramref name="platform"/>; the polling cursor is kept.</summary>
    public async Task SetAsync(long organisationId, string platform, string settings, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var now = DateTime.UtcNow;
        var row = await db.Connections.SingleOrDefaultAsync(c => c.OrganisationId == organisationId && c.Platform == platform, cancellationToken);
        if (row is null)
        {
            db.Connections.Add(new ConnectionRow { OrganisationId = organisationId, Platform = platform, Settings = settings, CreatedAt = now, UpdatedAt = now });
        }
        else
        {
            row.Settings = settings;
            row.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The organisation's connection to <paramref name="platform"/>, or null when it has none.</summary>
    public async Task<ConnectionRow?> FindAsync(long organisationId, string platform, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.OrganisationId == organisationId && c.Platform == platform, cancellationToken);
    }

    /// <summary>
    /// Replaces a connection's settings only if they are still <paramref name="expected"/> (false when a
    /// `pulse connect` changed them meanwhile, which then wins). Used to seal secrets stored in plain text
    /// before they were sealed — on SQLite with <c>secure_delete</c>, so that the old text is overwritten
    /// in the file rather than left in the page's free space — and to note a Graph subscription's new id
    /// or expiry without undoing a change made meanwhile (by another server, or `pulse connect`).
    /// </summary>
    public async Task<bool> ReplaceSettingsAsync(long organisationId, string platform, string expected, string replacement, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var sqlite = database.Options.Provider == DatabaseProvider.Sqlite;
        long? before = null;
        if (sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            before = await db.Database.SqlQueryRaw<long>("SELECT secure_delete AS \"Value\" FROM pragma_secure_delete").SingleAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON", cancellationToken);
        }

        try
        {
            return await db.Connections
                .Where(c => c.OrganisationId == organisationId && c.Platform == platform && c.Settings == expected)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Settings, replacement).SetProperty(c => c.UpdatedAt, DateTime.UtcNow), cancellationToken) == 1;
        }
        finally
        {
            // The connection goes back to the pool as it came: later writes need not pay for zeroing.
            if (before is { } value) await db.Database.ExecuteSqlRawAsync(value == 0 ? "PRAGMA secure_delete = OFF" : "PRAGMA secure_delete = ON", CancellationToken.None);
        }
    }

    /// <summary>
    /// Removes the organisation's connection to <paramref name="platform"/> only if its settings are still
    /// <paramref name="expected"/> (false when something changed them meanwhile, which then stays).
    /// </summary>
    public async Task<bool> DeleteAsync(long organisationId, string platform, string expected, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Connections
            .Where(c => c.OrganisationId == organisationId && c.Platform == platform && c.Settings == expected)
            .ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <summary>Every connection to one of <paramref name="platforms"/>, of every organisation.</summary>
    public async Task<IReadOnlyList<ConnectionRow>> ListAsync(IReadOnlyCollection<string> platforms, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Connections.AsNoTracking().Where(c => platforms.Contains(c.Platform)).ToListAsync(cancellationToken);
    }
}
