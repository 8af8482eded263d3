using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulse.Connectors.Mattermost;

/// <summary>
/// The line shapes of a Mattermost bulk export (formats.md §4.4), only the fields Pulse reads.
/// One record covers every line type; the <c>type</c> says which property is filled.
/// </summary>
internal static class MattermostJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

internal sealed record MattermostLine(string? Type, MattermostUser? User, MattermostBot? Bot, MattermostChannel? Channel, MattermostPost? Post, MattermostPost? DirectPost);

internal sealed record MattermostUser(string? Username, string? Email, string? FirstName, string? LastName, string? Nickname, string? Position, long? DeleteAt);

internal sealed record MattermostBot(string? Username, string? DisplayName, long? DeleteAt);

internal sealed record MattermostChannel(string? Team, string? Name, string? DisplayName, string? Type, string? Purpose, string? Header);

/// <summary>A post, a direct post or a reply (replies carry no team, channel or further replies).</summary>
internal sealed record MattermostPost(
    string? Team,
    string? Channel,
    IReadOnlyList<string>? ChannelMembers,
    string? User,
    string? Message,
    long? CreateAt,
    long? EditAt,
    long? DeleteAt,
    string? Type,
    IReadOnlyList<MattermostReaction>? Reactions,
    IReadOnlyList<MattermostPost>? Replies,
    IReadOnlyList<JsonElement>? Attachments,
    JsonElement? Props);

internal sealed record MattermostReaction(string? User, string? EmojiName);
