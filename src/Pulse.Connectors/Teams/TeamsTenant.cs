using Pulse.Connectors.Checks;

namespace Pulse.Connectors.Teams;

/// <summary>What the message files refer to, collected from the export's lists first: one entry per person, team and channel.</summary>
internal sealed class TeamsTenant(ItemChecks checks)
{
    public ItemChecks Checks { get; } = checks;

    /// <summary>The export has its own lists (users, teams, channels): it is a Teams data export, not loose Graph files.</summary>
    public bool HasLayout { get; set; }

    /// <summary>usersList.json was read: a person missing from it is not one of the tenant's current people.</summary>
    public bool HasUserList { get; set; }

    /// <summary>Messages pushed so far.</summary>
    public long Messages { get; set; }

    /// <summary>Accounts already pushed, so authors outside usersList.json are pushed once.</summary>
    public HashSet<string> Accounts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (string? Name, bool IsPrivate)> Teams { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Channels already pushed as groups.</summary>
    public HashSet<string> Channels { get; } = new(StringComparer.Ordinal);
}
