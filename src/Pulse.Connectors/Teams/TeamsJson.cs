using System.Text.Json;

namespace Pulse.Connectors.Teams;

/// <summary>
/// The shapes of Microsoft Graph chatMessage JSON (camelCase) and of the Teams data export
/// (the same objects in PascalCase, formats.md §4.1–4.2); names are matched case-insensitively.
/// Only the fields Pulse reads.
/// </summary>
internal static class TeamsJson
{
    public static JsonSerializerOptions Options { get; } = new() { PropertyNameCaseInsensitive = true };
}

internal sealed record TeamsMessage(
    string? Id,
    string? ReplyToId,
    string? MessageType,
    DateTimeOffset? CreatedDateTime,
    DateTimeOffset? LastEditedDateTime,
    DateTimeOffset? DeletedDateTime,
    string? Subject,
    TeamsBody? Body,
    TeamsFrom? From,
    TeamsChannelIdentity? ChannelIdentity,
    string? ChatId,
    IReadOnlyList<JsonElement>? Attachments,
    IReadOnlyList<JsonElement>? Reactions)
{
    /// <summary>Where Graph keeps the message (a basic change notification's resourceData holds this and the id only).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("@odata.id")]
    public string? ODataId { get; init; }
}

internal sealed record TeamsBody(string? ContentType, string? Content);

internal sealed record TeamsFrom(TeamsIdentity? User, TeamsIdentity? Application, TeamsIdentity? Device);

internal sealed record TeamsIdentity(string? Id, string? DisplayName);

internal sealed record TeamsChannelIdentity(string? TeamId, string? ChannelId);

/// <summary>An entry of users/usersList.json (Graph user properties).</summary>
internal sealed record TeamsUser(string? Id, string? DisplayName, string? Mail, string? UserPrincipalName, string? JobTitle, string? Department, string? OfficeLocation, string? City, bool? AccountEnabled);

/// <summary>An entry of teams/teamsList.json.</summary>
internal sealed record TeamsTeam(string? GroupsId, string? Id, string? Name, string? DisplayName, string? Privacy, string? Description);

/// <summary>An entry of teams/&lt;team-id&gt;/channels_&lt;team-id&gt;.json.</summary>
internal sealed record TeamsChannel(string? Id, string? DisplayName, string? Description, DateTimeOffset? CreatedDateTime, string? MembershipType);
