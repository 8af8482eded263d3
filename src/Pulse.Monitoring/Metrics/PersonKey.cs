using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Who is one person, for every figure about people: the normalised e-mail address of an account when it has
/// one (several accounts with one address are one person, the directory entry with that address), otherwise
/// the account itself; a blank address counts as none (monitoring-metrics.md, "People are matched to the
/// directory by e-mail address"). <see cref="People"/> resolves it for participation; the knowledge figures key
/// their answerers by it.
/// </summary>
public static class PersonKey
{
    /// <summary>The address that makes accounts one person, normalised; null when blank (the account is then a person of its own).</summary>
    public static string? EmailOf(string? email) => string.IsNullOrWhiteSpace(email) ? null : DirectoryEntry.NormaliseEmail(email);

    /// <summary>The key of the person behind the account <paramref name="accountId"/> with the address <paramref name="email"/>.</summary>
    public static string Of(string accountId, string? email)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return EmailOf(email) ?? accountId;
    }
}
