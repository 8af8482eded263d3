using System.Security.Cryptography;
using System.Text;

namespace Pulse.Storage;

/// <summary>
/// Seals the secrets of live connections (Slack's signing secret, Graph's clientState, the Yammer
/// token) before they are written to <c>connections.settings</c>, and opens them again (ADR 0009).
/// AES-256-GCM from <see cref="AesGcm"/> with one key in the key folder
/// (<see cref="StorageOptions.Keys"/>, file <see cref="FileName"/>), beside the pseudonymisation keys
/// and never in the database: a copy of the database alone holds no usable secret. Every process
/// over the same data (the CLI, each <c>pulse serve</c>) reads the same file, created by whichever
/// needs it first.
/// </summary>
public sealed class ConnectionSecrets(StorageOptions options)
{
    /// <summary>The key's file in the key folder; the underscore keeps it apart from every <c>SLUG.key</c> (slugs have none).</summary>
    public const string FileName = "connection_secrets.key";

    /// <summary>What a sealed value starts with; the version leaves room for another scheme or key later.</summary>
    public const string Prefix = "sealed:v1:";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Lock gate = new();
    private byte[]? key;

    /// <summary>True when <paramref name="stored"/> is in the sealed form (anything else is an old plain-text value).</summary>
    public static bool IsSealed(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// The secret sealed for the connection of <paramref name="organisationId"/> to <paramref name="platform"/>:
    /// the connection is authenticated with it, so a sealed value copied into another organisation's or
    /// platform's row does not open. Creates the key on first use.
    /// </summary>
    /// <exception cref="PulseUsageException">PostgreSQL without a key folder (<c>--keys</c> / <c>PULSE_KEYS</c>).</exception>
    public string Seal(string secret, long organisationId, string platform)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var context = Context(organisationId, platform);
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        // A random nonce per value: a key seals a handful of secrets, far from GCM's 2^32 random-nonce limit.
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(create: true), TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(context));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>
    /// The secret: opened when sealed, returned as it is when stored in plain text before secrets were
    /// sealed (such rows keep working until <c>pulse serve</c> seals them, docs/live.md).
    /// </summary>
    /// <exception cref="PulseException">The key is missing or is not the one the value was sealed with.</exception>
    public string Open(string stored, long organisationId, string platform)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsSealed(stored)) return stored;
        var context = Context(organisationId, platform);
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
        }
        catch (FormatException)
        {
            throw new PulseException($"The stored secret of the {context} connection is damaged; connect it again (docs/live.md).");
        }

        if (sealedBytes.Length < NonceSize + TagSize) throw new PulseException($"The stored secret of the {context} connection is damaged; connect it again (docs/live.md).");
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[length];
        try
        {
            using var aes = new AesGcm(Key(create: false), TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(context));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new PulseException($"The secret of the {context} connection was sealed with another key than {KeyFile}: restore that key from your backup, or connect the organisation again (docs/live.md).");
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The associated data: which connection a sealed value belongs to (also how errors name it).</summary>
    private static string Context(long organisationId, string platform)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{platform} of organisation {organisationId}");
    }

    private string KeyFile => Path.Combine(options.Keys, FileName);

    private byte[] Key(bool create)
    {
        lock (gate)
        {
            if (key is not null) return key;
            var file = KeyFile;
            key = create
                ? KeyFiles.ReadOrCreate(file, "a connection-secrets key")
                : KeyFiles.Read(file, "a connection-secrets key")
                  ?? throw new PulseException($"A connection secret is sealed but its key was not found at {file}; restore it from your backup and point --keys (or {StorageOptions.KeyVariable}) at its folder, or connect the organisation again.");
            return key;
        }
    }
}
