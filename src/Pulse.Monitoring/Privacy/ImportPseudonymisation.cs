using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Privacy;

/// <summary>
/// Pseudonymises one import: accounts get their keyed pseudonym, and the full names of accounts
/// seen so far are replaced in message bodies (connectors write a mentioned person's name there).
/// Every connector reads its people before its messages, so the name list is built once.
/// </summary>
public sealed class ImportPseudonymisation(Pseudonymiser pseudonymiser) : IImportTransform
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private NameRedactor? redactor;

    public Account Apply(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var pseudonymous = pseudonymiser.Apply(account);
        if (!string.IsNullOrWhiteSpace(account.Name) && account.Name != pseudonymous.Name)
        {
            names[account.Name.Trim()] = pseudonymous.Name ?? "Persoon";
            redactor = null;
        }

        return pseudonymous;
    }

    public Message Apply(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        redactor ??= new NameRedactor(names);
        var body = redactor.Redact(message.Body);
        return ReferenceEquals(body, message.Body) ? message : message with { Body = body };
    }
}
