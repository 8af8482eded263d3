using System.Text.Json;
using Pulse.Connectors.Checks;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Teams;

/// <summary>
/// Reads one Microsoft Graph change notification for a Teams channel message into the message it
/// writes, mapped exactly as an exported chatMessage (<see cref="TeamsExportReader.Map"/>). Only rich
/// notifications whose <c>resourceData</c> holds the chatMessage itself are read; a basic notification
/// (an id only) or encrypted content (<c>encryptedContent</c>) gives null: fetching or decrypting the
/// resource is not done (docs/live.md).
/// </summary>
public static class GraphNotifications
{
    private const string Label = "Graph notification";

    /// <summary>The message the notification writes, or null when it carries none Pulse can read.</summary>
    /// <exception cref="ImportException">The notification is not JSON of a change notification.</exception>
    public static Message? Read(string notification, ConnectorOptions? options = null)
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

        if (parsed.ResourceData is not { } data || string.IsNullOrEmpty(data.Id) || data.CreatedDateTime is null) return null;
        var mapped = TeamsExportReader.Map(data, Label, 0);
        // A "deleted" change may come without deletedDateTime: the change itself says the message is gone.
        if (string.Equals(parsed.ChangeType, "deleted", StringComparison.OrdinalIgnoreCase) && mapped.DeletedAt is null)
        {
            mapped = mapped with { DeletedAt = mapped.EditedAt ?? mapped.CreatedAt, Body = string.Empty };
        }

        return new ItemChecks(options ?? ConnectorOptions.Default).Message(mapped, Label, null, TeamsExportReader.Names);
    }
}

internal sealed record GraphNotification(string? SubscriptionId, string? ChangeType, string? Resource, string? ClientState, TeamsMessage? ResourceData);
