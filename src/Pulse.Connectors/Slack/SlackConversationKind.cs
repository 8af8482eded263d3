namespace Pulse.Connectors.Slack;

/// <summary>Which list of the export a conversation came from.</summary>
internal enum SlackConversationKind
{
    PublicChannel,
    PrivateChannel,
    DirectMessage,
}
