using Pulse.Monitoring.Privacy;

namespace Pulse.Storage;

/// <summary>
/// One secret key per organisation for pseudonymisation, as a file <c>SLUG.key</c> in the key
/// folder (<see cref="StorageOptions.Keys"/>), readable by its owner only. Losing it means new
/// imports can no longer be matched to earlier pseudonyms, so back it up — apart from the database.
/// </summary>
public sealed class PseudonymKeys(StorageOptions options)
{
    /// <summary>The organisation's pseudonymiser; the key is created on first use when <paramref name="create"/>.</summary>
    public Task<Pseudonymiser> ForAsync(string slug, bool create, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        OrganisationSlug.Require(slug);
        var file = Path.Combine(options.Keys, slug + ".key");
        const string What = "a pseudonymisation key";
        cancellationToken.ThrowIfCancellationRequested();
        if (create) return Task.FromResult(new Pseudonymiser(KeyFiles.ReadOrCreate(file, What)));
        return Task.FromResult(new Pseudonymiser(KeyFiles.Read(file, What)
            ?? throw new PulseException($"Organisation '{slug}' is pseudonymised but its key was not found at {file}; restore it from your backup or point --keys (or {StorageOptions.KeyVariable}) at the folder that holds it — a new key would give everyone new pseudonyms.")));
    }
}
