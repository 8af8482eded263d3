using Pulse.Monitoring.Model;
using Pulse.Storage;

namespace Pulse.Application.Privacy;

/// <summary>The right to be forgotten: one person's data removed from one organisation.</summary>
public sealed class PersonErasure(PulseDatabase database)
{
    /// <summary>
    /// Removes the messages, platform accounts and directory entry of the person with this e-mail
    /// address; in a pseudonymised organisation the address is first turned into its pseudonym.
    /// </summary>
    public async Task<ErasureResult> EraseByEmailAsync(string slug, string email, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        if (!email.Contains('@', StringComparison.Ordinal)) throw new PulseException($"'{email}' is not an e-mail address.");
        var stored = organisation.Pseudonymised
            ? (await new PseudonymKeys(database.Options).ForAsync(slug, create: false, cancellationToken)).Email(email)
            : DirectoryEntry.NormaliseEmail(email);
        return await new MonitoringStore(database).ErasePersonAsync(organisation.Id, stored, cancellationToken);
    }
}
