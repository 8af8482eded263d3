using System.Text.Json;

namespace Pulse.Application.Live;

/// <summary>What `pulse connect slack` keeps: the Slack app's signing secret.</summary>
public sealed record SlackSettings(string SigningSecret);

/// <summary>What `pulse connect graph` keeps: the clientState given when the subscription was created.</summary>
public sealed record GraphSettings(string ClientState);

/// <summary>The settings column's JSON, camelCase as the rest of Pulse's JSON.</summary>
internal static class ConnectionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
