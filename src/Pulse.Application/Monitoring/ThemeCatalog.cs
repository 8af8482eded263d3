using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>An organisation's themes: named queries over its messages, checked when added.</summary>
public sealed class ThemeCatalog(PulseDatabase database)
{
    /// <exception cref="PulseUsageException">A blank name or a query that cannot be read (the message names the position).</exception>
    public async Task<StoredTheme> AddAsync(string slug, string name, string query, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new PulseUsageException("A theme needs a name.");
        ThemeQueries.Check(query, "--query");

        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return await new ThemeStore(database).AddAsync(organisation.Id, name.Trim(), query.Trim(), cancellationToken);
    }

    public async Task<IReadOnlyList<StoredTheme>> ListAsync(string slug, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return await new ThemeStore(database).ListAsync(organisation.Id, cancellationToken);
    }

    public async Task RemoveAsync(string slug, string name, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        if (!await new ThemeStore(database).RemoveAsync(organisation.Id, name, cancellationToken))
        {
            throw new PulseException($"There is no theme '{name}' in {slug}; `pulse theme list --org {slug}` shows the ones there are.");
        }
    }
}
