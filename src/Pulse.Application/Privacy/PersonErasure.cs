using Pulse.Monitoring.Model;
using Pulse.Monitoring.Privacy;
using Pulse.Storage;

namespace Pulse.Application.Privacy;

/// <summary>
/// The right to be forgotten: one person's data removed from one organisation, found by e-mail
/// address or — for platforms that give none, such as many Slack exports — by platform account id.
/// In a pseudonymised organisation what is given is first turned into its pseudonym with the
/// organisation's key (which must be present: erasing cannot find anyone without it).
/// </summary>
public sealed class PersonErasure(PulseDatabase database)
{
    public async Task<ErasureResult> EraseByEmailAsync(string slug, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!email.Contains('@', StringComparison.Ordinal)) throw new PulseUsageException($"'{email}' is not an e-mail address.");
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var pseudonymiser = organisation.Pseudonymised ? await new PseudonymKeys(database.Options).ForAsync(slug, create: false, cancellationToken) : null;
        var stored = pseudonymiser?.Email(email) ?? DirectoryEntry.NormaliseEmail(email);
        return await EraseAsync(organisation.Id, slug, new ErasureTarget(stored, null, null), cancellationToken);
    }

    /// <param name="source">The platform (slack, mattermost, …); needed only when the id exists on several.</param>
    public async Task<ErasureResult> EraseByAccountAsync(string slug, string accountId, string? source, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(accountId)) throw new PulseUsageException("--account needs the platform's user id.");
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        Pseudonymiser? pseudonymiser = organisation.Pseudonymised ? await new PseudonymKeys(database.Options).ForAsync(slug, create: false, cancellationToken) : null;
        var stored = pseudonymiser?.Id('a', accountId.Trim()) ?? accountId.Trim();
        return await EraseAsync(organisation.Id, slug, new ErasureTarget(null, stored, source), cancellationToken);
    }

    /// <summary>
    /// Erases in the database, then drops the organisation's search index: a cache that still holds
    /// the erased messages until its next rebuild, which the next search or theme count makes anyway.
    /// </summary>
    private async Task<ErasureResult> EraseAsync(long organisationId, string slug, ErasureTarget target, CancellationToken cancellationToken)
    {
        var result = await new PersonEraser(database).EraseAsync(organisationId, target, cancellationToken);
        if (result is not { Messages: 0, Accounts: 0, DirectoryEntries: 0 } && database.Options.IndexFolderOrNull(slug) is { } folder && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return result;
    }
}
