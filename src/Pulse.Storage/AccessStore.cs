using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>A user as the application sees it: who, which role, which organisations (slugs; empty for an administrator).</summary>
public sealed record StoredUser(
    long Id, string Email, string Role, string PasswordHash, string SecurityStamp, bool MustChangePassword,
    int FailedSignIns, DateTime? LockedUntil, DateTime CreatedAt, DateTime? LastSignInAt, IReadOnlyList<string> Organisations);

/// <summary>An API token as listed: never the token itself.</summary>
public sealed record StoredToken(long Id, string Organisation, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt);

/// <summary>Users, their organisations and the API tokens: who may see what.</summary>
public sealed class AccessStore(PulseDatabase database)
{
    public async Task<StoredUser> AddUserAsync(string email, string role, string passwordHash, bool mustChangePassword, IReadOnlyList<long> organisationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        await using var db = database.CreateContext();
        if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken)) throw new PulseException($"A user {email} already exists.");
        var row = new UserRow
        {
            Email = email,
            Role = role,
            PasswordHash = passwordHash,
            MustChangePassword = mustChangePassword,
            SecurityStamp = NewStamp(),
            CreatedAt = DateTime.UtcNow,
        };
        db.Users.Add(row);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.UserOrganisations.AddRange(organisationIds.Distinct().Select(o => new UserOrganisationRow { OrganisationId = o, UserId = row.Id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await FindUserAsync(email, cancellationToken))!;
    }

    public async Task<StoredUser?> FindUserAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var row = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
        return row is null ? null : await WithOrganisationsAsync(db, row, cancellationToken);
    }

    public async Task<StoredUser?> FindUserAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var row = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return row is null ? null : await WithOrganisationsAsync(db, row, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredUser>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var links = await (from link in db.UserOrganisations
                           join organisation in db.Organisations on link.OrganisationId equals organisation.Id
                           select new { link.UserId, organisation.Slug }).ToListAsync(cancellationToken);
        var byUser = links.ToLookup(l => l.UserId, l => l.Slug);
        return [.. rows.Select(r => ToUser(r, [.. byUser[r.Id].Order(StringComparer.Ordinal)]))];
    }

    public async Task<bool> RemoveUserAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Users.Where(u => u.Email == email).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Counts a failed sign-in; locks the account until <paramref name="lockUntil"/> when it is given.</summary>
    public async Task RecordFailureAsync(long userId, DateTime? lockUntil, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        // One statement, so that parallel guesses cannot overwrite each other's count.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedSignIns, u => lockUntil == null ? u.FailedSignIns + 1 : 0)
            .SetProperty(u => u.LockedUntil, u => lockUntil ?? u.LockedUntil), cancellationToken);
    }

    public async Task RecordSignInAsync(long userId, DateTime at, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedSignIns, 0)
            .SetProperty(u => u.LockedUntil, (DateTime?)null)
            .SetProperty(u => u.LastSignInAt, at), cancellationToken);
    }

    /// <summary>Lifts a lock and forgets the failed sign-ins (a new password was given).</summary>
    public async Task UnlockAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedSignIns, 0)
            .SetProperty(u => u.LockedUntil, (DateTime?)null), cancellationToken);
    }

    /// <summary>Sets a new password and stamp: every session signed in with the old one ends.</summary>
    public async Task SetPasswordAsync(long userId, string passwordHash, bool mustChange, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var stamp = NewStamp();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.PasswordHash, passwordHash)
            .SetProperty(u => u.MustChangePassword, mustChange)
            .SetProperty(u => u.SecurityStamp, stamp), cancellationToken);
    }

    public async Task<StoredToken> AddTokenAsync(long organisationId, string name, string hash, string prefix, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await db.ApiTokens.AnyAsync(t => t.OrganisationId == organisationId && t.Name == name, cancellationToken))
        {
            throw new PulseException($"The organisation already has a token named '{name}'; revoke it first or choose another name.");
        }

        var row = new ApiTokenRow { OrganisationId = organisationId, Name = name, Hash = hash, Prefix = prefix, CreatedAt = DateTime.UtcNow };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        var slug = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Slug).SingleAsync(cancellationToken);
        return new StoredToken(row.Id, slug, row.Name, row.Prefix, row.CreatedAt, null);
    }

    public async Task<IReadOnlyList<StoredToken>> TokensAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var slug = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Slug).SingleAsync(cancellationToken);
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.OrganisationId == organisationId).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StoredToken(r.Id, slug, r.Name, r.Prefix, r.CreatedAt, r.LastUsedAt))];
    }

    public async Task<bool> RemoveTokenAsync(long organisationId, string name, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.ApiTokens.Where(t => t.OrganisationId == organisationId && t.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The token with this hash and its organisation's slug; null when there is none (never issued, or revoked).</summary>
    public async Task<StoredToken?> FindTokenAsync(string hash, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var found = await (from token in db.ApiTokens.AsNoTracking()
                           join organisation in db.Organisations on token.OrganisationId equals organisation.Id
                           where token.Hash == hash
                           select new { token, organisation.Slug }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new StoredToken(found.token.Id, found.Slug, found.token.Name, found.token.Prefix, found.token.CreatedAt, found.token.LastUsedAt);
    }

    public async Task TouchTokenAsync(long tokenId, DateTime at, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await db.ApiTokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, at), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> DataProtectionKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToListAsync(cancellationToken);
    }

    public async Task AddDataProtectionKeyAsync(string friendlyName, string xml, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = xml });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<StoredUser> WithOrganisationsAsync(PulseDbContext db, UserRow row, CancellationToken cancellationToken)
    {
        var slugs = await (from link in db.UserOrganisations
                           join organisation in db.Organisations on link.OrganisationId equals organisation.Id
                           where link.UserId == row.Id
                           orderby organisation.Slug
                           select organisation.Slug).ToListAsync(cancellationToken);
        return ToUser(row, slugs);
    }

    private static StoredUser ToUser(UserRow r, IReadOnlyList<string> organisations) =>
        new(r.Id, r.Email, r.Role, r.PasswordHash, r.SecurityStamp, r.MustChangePassword, r.FailedSignIns, r.LockedUntil, r.CreatedAt, r.LastSignInAt, organisations);

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
