using System.Text.RegularExpressions;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Privacy;

/// <summary>
/// Pseudonymises one import so that no real identity is stored: accounts and message ids through
/// <see cref="Pseudonymiser"/>; in bodies, every e-mail address becomes its pseudonym, and the
/// names and usernames of the accounts seen so far (full names in any letter case, <c>@username</c>
/// mentions, and usernames standing alone) become the person's display name, and so do the parts of
/// a name of four letters or more wherever they occur, inside words too ("Jansens", a handle
/// "hjansen" in a link): privacy over the odd ordinary word that happens to contain a surname.
/// Every connector reads its people before its messages, so the name list is complete before the
/// first body.
/// </summary>
public sealed partial class ImportPseudonymisation(Pseudonymiser pseudonymiser) : IImportTransform
{
    private readonly Dictionary<string, string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> parts = new(StringComparer.OrdinalIgnoreCase);
    private NameRedactor? redactor;
    private NameRedactor? partRedactor;

    public Account Apply(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var pseudonymous = pseudonymiser.Apply(account);
        var shown = pseudonymous.Name ?? "Persoon";
        Remember(account.Name, shown);
        // "anna.zwanenburg@…": the parts of an address's local part are the person's names when no name is given.
        if (account.Email?.Split('@')[0] is { Length: > 0 } local) Remember(local.Replace('.', ' '), shown);
        // Platform ids that are words (Mattermost usernames, e-mail ids of mapped files) are how people are mentioned.
        if (account.ExternalId.Any(char.IsLetter))
        {
            Remember("@" + account.ExternalId, shown);
            Remember(account.ExternalId, shown);
        }

        return pseudonymous;
    }

    public Message Apply(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        redactor ??= new NameRedactor(names);
        partRedactor ??= new NameRedactor(parts, wholeWords: false, minimumLength: NameParts.ShortestReplaced);
        var body = EmailAddress().Replace(message.Body, m => pseudonymiser.Email(m.Value));
        body = partRedactor.Redact(redactor.Redact(body));
        return pseudonymiser.ApplyIds(message) with { Body = body };
    }

    private void Remember(string? name, string pseudonym)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || string.Equals(trimmed, pseudonym, StringComparison.OrdinalIgnoreCase)) return;
        names[trimmed] = pseudonym;
        foreach (var part in NameParts.Of(trimmed))
        {
            // "Persoon" itself is what every replacement starts with; never treat it as a name part.
            if (part.Length >= NameParts.ShortestReplaced && !pseudonym.Contains(part, StringComparison.OrdinalIgnoreCase)) parts[part.TrimStart('@')] = pseudonym;
        }

        redactor = null;
        partRedactor = null;
    }

    /// <summary>An e-mail address as people write them in text (not the full RFC grammar; quoted local parts are not seen in messages).</summary>
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
