namespace Pulse.Application.Live;

/// <summary>The platforms that push events to Pulse, by the name the connections and the queue use.</summary>
public static class LivePlatforms
{
    public const string Slack = "slack";

    /// <summary>Microsoft Graph change notifications (Teams channel messages).</summary>
    public const string Graph = "graph";

    public static IReadOnlyList<string> Pushed { get; } = [Slack, Graph];
}
