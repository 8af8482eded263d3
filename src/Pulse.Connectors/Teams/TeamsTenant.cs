namespace Pulse.Connectors.Teams;

/// <summary>What the message files refer to, collected from the export's lists first: one entry per person, team and channel.</summary>
internal sealed class TeamsTenant
{
    /// <summary>Accounts already pushed, so authors outside usersList.json are pushed once.</summary>
    public HashSet<string> Accounts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (string? Name, bool IsPrivate)> Teams { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Channels already pushed as groups.</summary>
    public HashSet<string> Channels { get; } = new(StringComparer.Ordinal);
}
