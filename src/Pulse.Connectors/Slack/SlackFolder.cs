namespace Pulse.Connectors.Slack;

/// <summary>The conversation a folder of day files belongs to.</summary>
/// <param name="GroupId">The channel as a Pulse group; null for direct messages.</param>
internal sealed record SlackFolder(string ConversationId, string? GroupId, bool IsPrivateConversation);
