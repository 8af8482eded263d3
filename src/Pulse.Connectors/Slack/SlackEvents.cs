using System.Text.Json;
using Pulse.Connectors.Checks;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Slack;

/// <summary>
/// Reads one Slack Events API <c>event_callback</c> body into the message it adds, edits or deletes,
/// mapped exactly as an export's message is (<see cref="SlackExportReader.Map"/>): the same ids
/// (<c>{channel}:{ts}</c>), kinds and text, so a live message and the same message in a later export
/// are one row. Events that are not about messages (reactions, joins of the app) give null.
/// </summary>
public static class SlackEvents
{
    private const string Label = "Slack event";

    private static readonly SlackWorkspace NoWorkspace = new();

    /// <summary>The message the event writes, or null when it writes none.</summary>
    /// <exception cref="ImportException">The body is not an event callback Pulse can read.</exception>
    public static Message? Read(string body, ConnectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        SlackEventCallback callback;
        try
        {
            callback = JsonSerializer.Deserialize<SlackEventCallback>(body, SlackJson.Options)
                ?? throw new ImportException(Label, null, null, "the body is JSON null");
        }
        catch (JsonException e)
        {
            throw new ImportException(Label, null, null, "the body is not a Slack event: " + e.Message, e);
        }

        var pushed = callback.Event;
        if (pushed is null || pushed.Type != "message") return null;
        // Hidden events other than edits and deletions (message_replied, channel_marked) only tell about
        // another message; their own ts is no message's, so they are not stored.
        if (pushed.Hidden && pushed.Subtype is not ("message_changed" or "message_deleted")) return null;
        if (string.IsNullOrEmpty(pushed.Channel)) throw new ImportException(Label, null, "channel", "the message event names no channel");
        // Direct messages and group DMs are private conversations, never analysed; a private channel is a private group.
        var isConversation = pushed.ChannelType is "im" or "mpim";
        var folder = new SlackFolder(pushed.Channel, isConversation ? null : pushed.Channel, isConversation);
        var checks = new ItemChecks(options ?? ConnectorOptions.Default);
        Message mapped;
        switch (pushed.Subtype)
        {
            case "message_changed":
                var changed = pushed.Message ?? throw new ImportException(Label, null, "message", "message_changed carries no message");
                mapped = SlackExportReader.Map(changed, folder, NoWorkspace, Label, 0);
                // The edit itself says when it happened, even when the new message lacks its edited mark.
                mapped = mapped with { EditedAt = mapped.EditedAt ?? Time(pushed.Ts) };
                break;
            case "message_deleted":
                var ts = pushed.DeletedTs ?? pushed.PreviousMessage?.Ts ?? throw new ImportException(Label, null, "deleted_ts", "message_deleted names no message");
                // A tombstone, as the export shows a deleted message: the thread keeps its shape, the text and author go.
                var tombstone = new SlackMessage("message", "tombstone", ts, null, null, null, null, pushed.PreviousMessage?.ThreadTs, null, null, null, null, null, null);
                mapped = SlackExportReader.Map(tombstone, folder, NoWorkspace, Label, 0);
                mapped = mapped with { DeletedAt = Time(pushed.Ts) ?? mapped.DeletedAt };
                break;
            default:
                mapped = SlackExportReader.Map(pushed.AsMessage(), folder, NoWorkspace, Label, 0);
                break;
        }

        return checks.Message(mapped, Label, null, SlackExportReader.Names);
    }

    private static DateTimeOffset? Time(string? ts) => string.IsNullOrEmpty(ts) ? null : SlackExportReader.Time(ts, Label, 0, "ts");
}

internal sealed record SlackEventCallback(string? Type, string? EventId, SlackEvent? Event);

/// <summary>A message event: the message's own fields, and for edits and deletions the message before and after.</summary>
internal sealed record SlackEvent(
    string? Type,
    string? Subtype,
    string? Channel,
    string? ChannelType,
    string? Ts,
    string? User,
    string? BotId,
    string? Username,
    string? Text,
    string? ThreadTs,
    SlackEdited? Edited,
    IReadOnlyList<SlackReaction>? Reactions,
    string? DeletedTs,
    SlackMessage? Message,
    SlackMessage? PreviousMessage,
    bool Hidden)
{
    public SlackMessage AsMessage() => new(Type, Subtype, Ts, User, BotId, Username, Text, ThreadTs, Edited, Reactions, null, null, null, null);
}
