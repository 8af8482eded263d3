namespace Pulse.Monitoring.Model;

/// <summary>
/// Where an imported item came from. Together with the organisation and the item's own id in that
/// source it is the item's identity: importing the same item again updates it instead of adding it.
/// </summary>
public static class Source
{
    public const string Yammer = "yammer";
    public const string Slack = "slack";
    public const string Teams = "teams";
    public const string Mattermost = "mattermost";
    public const string StackExchange = "stackexchange";
    public const string Csv = "csv";
    public const string Jsonl = "jsonl";

    /// <summary>All sources Pulse reads, in the order the command line lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Yammer, Slack, Teams, Mattermost, StackExchange, Csv, Jsonl];
}
