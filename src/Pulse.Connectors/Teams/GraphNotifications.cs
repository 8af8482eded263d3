using System.Text.Json;
using Pulse.Connectors.Checks;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Teams;

/// <summary>
/// One Microsoft Graph change notification about a Teams message, as read from the queue: what changed,
/// which chatMessage it names, and how its content comes — in <c>resourceData</c> itself (read here),
/// encrypted (<see cref="Encrypted"/>, opened with the subscription's certificate), or not at all (a basic
/// notification: the message is fetched from <see cref="Resource"/>).
/// </summary>
/// <param name="Message">The message when <c>resourceData</c> held the chatMessage itself; null otherwise.</param>
public sealed record GraphChange(string? ChangeType, GraphResource? Resource, Message? Message, GraphEncryptedContent? Encrypted);

/// <summary>
/// Reads Graph change notifications for Teams messages, and the chatMessages they lead to (decrypted or
/// fetched), into messages mapped exactly as an exported chatMessage (<see cref="TeamsExportReader.Map"/>).
/// </summary>
public static class GraphNotifications
{
    private const string Label = "Graph notification";

    /// <summary>What the notification says and carries.</summary>
    /// <exception cref="ImportException">The notification is not JSON of a change notification, or its inline chatMessage is unreadable.</exception>
    public static GraphChange Parse(string notification, ConnectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(notification);
        GraphNotification parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<GraphNotification>(notification, TeamsJson.Options)
                ?? throw new ImportException(Label, null, null, "the notification is JSON null");
        }
        catch (JsonException e)
        {
            throw new ImportException(Label, null, null, "not a change notification: " + e.Message, e);
        }

        var resource = GraphResource.Parse(parsed.Resource) ?? GraphResource.Parse(parsed.ResourceData?.ODataId);
        // A basic notification's resourceData holds only id and @odata.type: no createdDateTime, no message.
        var message = parsed.ResourceData is { } data && !string.IsNullOrEmpty(data.Id) && data.CreatedDateTime is not null
            ? Map(data, parsed.ChangeType, resource, options)
            : null;
        return new GraphChange(parsed.ChangeType, resource, message, parsed.EncryptedContent);
    }

    /// <summary>
    /// The message of a chatMessage that <paramref name="change"/> led to (decrypted from its
    /// <c>encryptedContent</c> or fetched from Graph). What the chatMessage leaves out — its channel or
    /// chat, the message a reply answers — is taken from the notification's resource.
    /// </summary>
    /// <exception cref="ImportException">Not a chatMessage Pulse can read.</exception>
    public static Message ReadChatMessage(ReadOnlySpan<byte> chatMessage, GraphChange change, ConnectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        TeamsMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<TeamsMessage>(chatMessage, TeamsJson.Options);
        }
        catch (JsonException e)
        {
            throw new ImportException(Label, null, null, "the chatMessage is not JSON: " + e.Message, e);
        }

        if (message is null || string.IsNullOrEmpty(message.Id)) throw new ImportException(Label, null, "id", "the chatMessage has no id");
        return Map(message, change.ChangeType, change.Resource, options);
    }

    private static Message Map(TeamsMessage message, string? changeType, GraphResource? resource, ConnectorOptions? options)
    {
        // Graph's copy names its channel (channelIdentity) and parent (replyToId); the resource says the same when it does not.
        if (resource is not null && resource.MessageId == message.Id)
        {
            if (message.ChannelIdentity is null && resource.ChannelId is not null) message = message with { ChannelIdentity = new TeamsChannelIdentity(resource.TeamId, resource.ChannelId) };
            if (message.ChatId is null && resource.ChatId is not null) message = message with { ChatId = resource.ChatId };
            if (message.ReplyToId is null && resource.ParentId is not null) message = message with { ReplyToId = resource.ParentId };
        }

        var mapped = TeamsExportReader.Map(message, Label, 0);
        // A "deleted" change may come without deletedDateTime: the change itself says the message is gone.
        if (string.Equals(changeType, "deleted", StringComparison.OrdinalIgnoreCase) && mapped.DeletedAt is null)
        {
            mapped = mapped with { DeletedAt = mapped.EditedAt ?? mapped.CreatedAt, Body = string.Empty };
        }

        return new ItemChecks(options ?? ConnectorOptions.Default).Message(mapped, Label, null, TeamsExportReader.Names);
    }
}

internal sealed record GraphNotification(string? SubscriptionId, string? ChangeType, string? Resource, string? ClientState, TeamsMessage? ResourceData, GraphEncryptedContent? EncryptedContent);
