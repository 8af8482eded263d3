using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulse.Connectors.Slack;

/// <summary>
/// The shapes of a Slack workspace export (formats.md §3.1–3.2), only the fields Pulse reads.
/// Numbers are also accepted as strings: 2016 exports write <c>"created": "1452837318"</c>.
/// </summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

internal sealed record SlackUser(string? Id, string? Name, string? RealName, bool Deleted, bool IsBot, bool IsAppUser, SlackProfile? Profile);

internal sealed record SlackProfile(string? RealName, string? DisplayName, string? Email, string? Title);

/// <summary>A channel (channels.json, groups.json), a direct message (dms.json) or a group DM (mpims.json).</summary>
internal sealed record SlackConversation(string? Id, string? Name, long? Created, SlackText? Purpose, SlackText? Topic);

internal sealed record SlackText(string? Value);

internal sealed record SlackMessage(
    string? Type,
    string? Subtype,
    string? Ts,
    string? User,
    string? BotId,
    string? Username,
    string? Text,
    string? ThreadTs,
    SlackEdited? Edited,
    IReadOnlyList<SlackReaction>? Reactions,
    IReadOnlyList<SlackFile>? Files,
    SlackFile? File,
    SlackComment? Comment,
    SlackBotProfile? BotProfile);

internal sealed record SlackEdited(string? User, string? Ts);

internal sealed record SlackReaction(string? Name, int Count);

internal sealed record SlackFile(string? Id);

internal sealed record SlackComment(string? User);

internal sealed record SlackBotProfile(string? Name);
