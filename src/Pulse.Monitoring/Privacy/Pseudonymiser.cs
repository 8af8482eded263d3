using System.Security.Cryptography;
using System.Text;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Privacy;

/// <summary>
/// Replaces who someone is by a keyed hash (HMAC-SHA-256 with the organisation's own key), the same
/// for the HR directory and for every platform, so people still match across sources while their
/// e-mail address and name are not stored. Without the key — kept outside the database — the
/// pseudonyms cannot be reversed by trying known addresses.
/// </summary>
public sealed class Pseudonymiser
{
    /// <summary>The domain of every pseudonym: reserved, so it can never be a real address.</summary>
    public const string Domain = "pseudonym.invalid";

    private readonly byte[] key;

    public Pseudonymiser(ReadOnlySpan<byte> key)
    {
        if (key.Length < 16) throw new ArgumentException("A pseudonymisation key needs at least 16 bytes.", nameof(key));
        this.key = key.ToArray();
    }

    /// <summary>The pseudonym of an e-mail address, e.g. <c>p-3f9a…@pseudonym.invalid</c>; addresses that already are pseudonyms stay as they are.</summary>
    public string Email(string email)
    {
        var normalised = DirectoryEntry.NormaliseEmail(email);
        if (normalised.EndsWith("@" + Domain, StringComparison.Ordinal)) return normalised;
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalised));
        return "p-" + Convert.ToHexStringLower(hash, 0, 16) + "@" + Domain;
    }

    /// <summary>The name shown for a pseudonymised person: the start of their pseudonym.</summary>
    public static string DisplayName(string pseudonymousEmail)
    {
        ArgumentNullException.ThrowIfNull(pseudonymousEmail);
        return "Persoon " + pseudonymousEmail.AsSpan(2, 6).ToString();
    }

    /// <summary>
    /// The pseudonym of a platform id: ids can name people (a Mattermost username, an e-mail used as
    /// a user id in a mapped file, a username inside a derived message id), so in a pseudonymised
    /// organisation every account and message id is stored keyed-hashed. <paramref name="kind"/>
    /// keeps an account id and a message id that happen to be equal apart.
    /// </summary>
    public string Id(char kind, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Span<byte> hash = stackalloc byte[32];
        var input = Encoding.UTF8.GetBytes(kind + ":" + id);
        HMACSHA256.HashData(key, input, hash);
        return kind + "-" + Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The directory entry as stored: e-mail and name pseudonymised, and only what a figure needs (department, manager, target group) kept.</summary>
    public DirectoryEntry Apply(DirectoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var email = Email(entry.Email);
        return entry with { Email = email, Name = DisplayName(email), Location = null, Level = null };
    }

    /// <summary>
    /// The account as stored: its id keyed-hashed, its e-mail pseudonymised, its name replaced by
    /// the pseudonym's display name, and job title and location dropped (no figure needs them).
    /// </summary>
    public Account Apply(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var id = Id('a', account.ExternalId);
        var email = account.Email is null ? null : Email(account.Email);
        return account with
        {
            ExternalId = id,
            Email = email,
            Name = email is null ? string.Concat("Persoon ", id.AsSpan(2, 6)) : DisplayName(email),
            JobTitle = null,
            Location = null,
        };
    }

    /// <summary>The ids of a message as stored (its own, its thread's, its parent's, its author's); the body is the caller's.</summary>
    public Message ApplyIds(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message with
        {
            ExternalId = Id('m', message.ExternalId),
            ThreadExternalId = Id('m', message.ThreadExternalId),
            ParentExternalId = message.ParentExternalId is null ? null : Id('m', message.ParentExternalId),
            AuthorExternalId = message.AuthorExternalId is null ? null : Id('a', message.AuthorExternalId),
        };
    }
}
