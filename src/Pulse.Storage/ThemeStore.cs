using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>A theme as stored: its name and query.</summary>
public sealed record StoredTheme(string Name, string Query, DateTime CreatedAt);

/// <summary>The organisations' themes (named saved queries).</summary>
public sealed class ThemeStore(PulseDatabase database)
{
    public async Task<StoredTheme> AddAsync(long organisationId, string name, string query, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await db.Themes.AnyAsync(t => t.OrganisationId == organisationId && t.Name == name, cancellationToken))
        {
            throw new PulseException($"There is already a theme '{name}'; remove it first, or choose another name.");
        }

        var row = new ThemeRow { OrganisationId = organisationId, Name = name, Query = query, CreatedAt = DateTime.UtcNow };
        db.Themes.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new StoredTheme(row.Name, row.Query, row.CreatedAt);
    }

    public async Task<IReadOnlyList<StoredTheme>> ListAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Themes.AsNoTracking().Where(t => t.OrganisationId == organisationId).OrderBy(t => t.Name)
            .Select(t => new StoredTheme(t.Name, t.Query, t.CreatedAt)).ToListAsync(cancellationToken);
    }

    /// <summary>True when a theme of that name was removed.</summary>
    public async Task<bool> RemoveAsync(long organisationId, string name, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Themes.Where(t => t.OrganisationId == organisationId && t.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
