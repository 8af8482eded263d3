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

    public DirectoryEntry Apply(DirectoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var email = Email(entry.Email);
        return entry with { Email = email, Name = DisplayName(email) };
    }

    /// <summary>An account with its e-mail replaced and its name dropped; without an e-mail its platform id is kept, as it names nobody by itself.</summary>
    public Account Apply(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Email is null) return account with { Name = null };
        var email = Email(account.Email);
        return account with { Email = email, Name = DisplayName(email) };
    }
}
