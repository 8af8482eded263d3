using Pulse.Storage;

namespace Pulse.Application.Organisations;

/// <summary>An organisation as the faces show it.</summary>
public sealed record OrganisationInfo(string Slug, string Name, int? Employees, bool Pseudonymised, bool IncludePrivate, string? Sector, bool NamedConsent);

/// <summary>The client organisations (tenants): add, list, look up, and their settings.</summary>
public sealed class OrganisationCatalog(PulseDatabase database)
{
    private readonly OrganisationStore store = new(database);

    /// <exception cref="PulseUsageException">A slug, name or number of employees that cannot be.</exception>
    public async Task<OrganisationInfo> AddAsync(string slug, string name, int? employees, string? sector = null, CancellationToken cancellationToken = default)
    {
        // What was typed is wrong, not the data: exit code 2, as for any bad option value.
        if (!OrganisationSlug.IsValid(slug))
        {
            throw new PulseUsageException($"'{slug}' is not a valid organisation slug: use lower-case letters, digits and hyphens (e.g. 'gemeente-utrecht').");
        }

        if (string.IsNullOrWhiteSpace(name)) throw new PulseUsageException("An organisation needs a name (--name).");
        if (employees is < 0) throw new PulseUsageException($"--employees must be zero or more, not {employees}.");
        if (sector is { } s && string.IsNullOrWhiteSpace(s)) throw new PulseUsageException("--sector needs a name, e.g. 'gemeente'.");
        return Info(await store.AddAsync(slug, name, employees, sector?.Trim(), cancellationToken));
    }

    public Task<IReadOnlyList<OrganisationSummary>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    /// <summary>One organisation's summary, or null when there is none with this slug.</summary>
    public Task<OrganisationSummary?> SummaryAsync(string slug, CancellationToken cancellationToken = default) => store.SummaryAsync(slug, cancellationToken);

    /// <summary>Every organisation's name by its slug (for labels).</summary>
    public Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancellationToken = default) => store.NamesAsync(cancellationToken);

    /// <summary>The organisation, or null when there is none with this slug.</summary>
    public async Task<OrganisationInfo?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        await store.FindAsync(slug, cancellationToken) is { } row ? Info(row) : null;

    /// <summary>Changes an organisation's name, size, sector, consent to be named or private-message opt-in.</summary>
    /// <exception cref="PulseUsageException">A value that cannot be.</exception>
    public async Task<OrganisationInfo> SetAsync(string slug, OrganisationChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Employees is < 0) throw new PulseUsageException($"--employees must be zero or more, not {changes.Employees}.");
        if (changes.Name is { } name && string.IsNullOrWhiteSpace(name)) throw new PulseUsageException("--name cannot be empty.");
        if (changes.Sector is { } sector && string.IsNullOrWhiteSpace(sector)) throw new PulseUsageException("--sector needs a name, e.g. 'gemeente'.");
        // A slug without an organisation updates nothing; reading it back says it does not exist.
        await store.UpdateAsync(slug, changes, cancellationToken);
        return Info(await store.GetAsync(slug, cancellationToken));
    }

    private static OrganisationInfo Info(Storage.Rows.OrganisationRow row) =>
        new(row.Slug, row.Name, row.Employees, row.Pseudonymised, row.IncludePrivate, row.Sector, row.NamedConsent);
}
