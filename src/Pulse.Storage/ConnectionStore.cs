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

    /// <summary>Every connection to one of <paramref name="platforms"/>, of every organisation.</summary>
    public async Task<IReadOnlyList<ConnectionRow>> ListAsync(IReadOnlyCollection<string> platforms, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Connections.AsNoTracking().Where(c => platforms.Contains(c.Platform)).ToListAsync(cancellationToken);
    }
}
