using Microsoft.EntityFrameworkCore;
using Pulse.Storage.Rows;

namespace Pulse.Storage;

/// <summary>What `pulse org list` shows of one organisation.</summary>
public sealed record OrganisationSummary(string Slug, string Name, int? Employees, int People, int Accounts, long Messages, DateTime CreatedAt)
{
    /// <summary>The organisation's sector, when recorded.</summary>
    public string? Sector { get; init; }

    /// <summary>Consent to appear by name in a published top 10.</summary>
    public bool NamedConsent { get; init; }
}

/// <summary>Settings to change; null leaves a setting as it is.</summary>
public sealed record OrganisationChanges(string? Name = null, int? Employees = null, string? Sector = null, bool? NamedConsent = null, bool? IncludePrivate = null);

/// <summary>Organisations: the tenants every other table hangs from.</summary>
public sealed class OrganisationStore(PulseDatabase database)
{
    public async Task<OrganisationRow> AddAsync(string slug, string name, int? employees, string? sector = null, CancellationToken cancellationToken = default)
    {
        OrganisationSlug.Require(slug);
        if (string.IsNullOrWhiteSpace(name)) throw new PulseException("An organisation needs a name (--name).");
        if (employees is < 0) throw new PulseException($"--employees must be zero or more, not {employees}.");

        await using var db = database.CreateContext();
        if (await db.Organisations.AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            throw new PulseException($"An organisation with slug '{slug}' already exists.");
        }

        var row = new OrganisationRow { Slug = slug, Name = name.Trim(), Employees = employees, Sector = sector, CreatedAt = DateTime.UtcNow };
        db.Organisations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>Every organisation's name by its slug (for labels; no counting).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Slug, o => o.Name, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<OrganisationRow?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
    }

    /// <summary>
    /// How far the named organisations' data has moved (aggregates and directory revisions added up; both
    /// only rise): whoever shows figures compares it to know that another process imported.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> RevisionsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.AsNoTracking().Where(o => slugs.Contains(o.Slug))
            .ToDictionaryAsync(o => o.Slug, o => o.AggregatesRevision + o.DirectoryRevision, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>The organisation with this id (rows name organisations by id; the application by slug).</summary>
    public async Task<OrganisationRow> FindByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new PulseException($"There is no organisation with id {id}.");
    }

    /// <summary>The organisation with this slug, or a <see cref="PulseException"/> that says it does not exist.</summary>
    public async Task<OrganisationRow> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        return await FindAsync(slug, cancellationToken)
            ?? throw new PulseException($"There is no organisation '{slug}'; `pulse org list` shows the ones there are.");
    }

    /// <summary>Marks the organisation as pseudonymised; from then on every import of it pseudonymises people.</summary>
    public async Task MarkPseudonymisedAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        await db.Organisations.Where(o => o.Id == organisationId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Pseudonymised, true), cancellationToken);
    }

    /// <summary>True when the organisation holds anyone: a directory entry or a platform account.</summary>
    public async Task<bool> HoldsPeopleAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.People.AnyAsync(p => p.OrganisationId == organisationId, cancellationToken)
            || await db.Accounts.AnyAsync(a => a.OrganisationId == organisationId, cancellationToken);
    }

    /// <summary>Changes the settings that are given; false when there is no such organisation.</summary>
    public async Task<bool> UpdateAsync(string slug, OrganisationChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var db = database.CreateContext();
        var row = await db.Organisations.SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (row is null) return false;
        row.Name = changes.Name?.Trim() ?? row.Name;
        row.Employees = changes.Employees ?? row.Employees;
        row.Sector = changes.Sector?.Trim() ?? row.Sector;
        row.NamedConsent = changes.NamedConsent ?? row.NamedConsent;
        row.IncludePrivate = changes.IncludePrivate ?? row.IncludePrivate;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Per organisation, what its computed figures depend on: a change in any of these makes cached figures stale.</summary>
    public async Task<IReadOnlyList<(string Slug, long Aggregates, long Directory, bool IncludePrivate)>> RevisionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Organisations.AsNoTracking().OrderBy(o => o.Slug)
            .Select(o => new { o.Slug, o.AggregatesRevision, o.DirectoryRevision, o.IncludePrivate }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Slug, r.AggregatesRevision, r.DirectoryRevision, r.IncludePrivate))];
    }

    public async Task<IReadOnlyList<OrganisationSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await SummariesAsync(db, db.Organisations, cancellationToken);
    }

    /// <summary>One organisation's summary, or null when there is no organisation with this slug.</summary>
    public async Task<OrganisationSummary?> SummaryAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var found = await SummariesAsync(db, db.Organisations.Where(o => o.Slug == slug), cancellationToken);
        return found.SingleOrDefault();
    }

    private static async Task<IReadOnlyList<OrganisationSummary>> SummariesAsync(
        PulseDbContext db, IQueryable<OrganisationRow> selection, CancellationToken cancellationToken)
    {
        var organisations = await selection.AsNoTracking().OrderBy(o => o.Slug).ToListAsync(cancellationToken);
        var ids = organisations.Select(o => o.Id).ToList();
        var people = await db.People.Where(p => ids.Contains(p.OrganisationId))
            .GroupBy(p => p.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var accounts = await db.Accounts.Where(a => ids.Contains(a.OrganisationId))
            .GroupBy(a => a.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var messages = await db.Messages.Where(m => ids.Contains(m.OrganisationId))
            .GroupBy(m => m.OrganisationId).Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return organisations.Select(o => new OrganisationSummary(
            o.Slug,
            o.Name,
            o.Employees,
            people.GetValueOrDefault(o.Id),
            accounts.GetValueOrDefault(o.Id),
            messages.GetValueOrDefault(o.Id),
            o.CreatedAt) { Sector = o.Sector, NamedConsent = o.NamedConsent }).ToList();
    }
}
