namespace Pulse.Connectors.Slack;

/// <summary>What day files refer to, collected from the export's lists first. One entry per person, channel and DM.</summary>
internal sealed class SlackWorkspace
{
    /// <summary>Person (or bot) id to name, for mentions.</summary>
    public Dictionary<string, string?> People { get; } = new(StringComparer.Ordinal);

    /// <summary>Channel id to name, for <c>&lt;#C123&gt;</c> references.</summary>
    public Dictionary<string, string> Channels { get; } = new(StringComparer.Ordinal);

    /// <summary>Export folder name to the conversation whose day files it holds.</summary>
    public Dictionary<string, SlackFolder> Folders { get; } = new(StringComparer.Ordinal);
}
