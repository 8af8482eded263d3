namespace Pulse.Connectors.Checks;

/// <summary>
/// How one export calls Pulse's fields, so that a refusal names the column or property the user
/// sees (<c>created_at</c>, <c>CreationDate</c>) rather than Pulse's own (<c>message.created</c>).
/// Keys are <c>kind.field</c> as <see cref="ItemChecks"/> uses them; a key not given keeps Pulse's name.
/// </summary>
internal sealed class FieldNames(IReadOnlyDictionary<string, string> names, string prefix = "")
{
    /// <summary>Pulse's own names, for items that have no field of their own in the export.</summary>
    public static FieldNames Pulse { get; } = new(new Dictionary<string, string>());

    public string this[string field] => prefix + (names.TryGetValue(field, out var name) ? name : field);

    /// <summary>The same names under a path, e.g. <c>post.replies[2].</c> for a Mattermost reply.</summary>
    public FieldNames Under(string path) => new(names, path);
}
