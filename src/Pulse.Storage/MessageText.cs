namespace Pulse.Storage;

/// <summary>
/// One countable post as text analysis reads it: its source-qualified id and author, when it was
/// written, its body and topics, and what the import derived from the body (language code and
/// sentiment; null for private conversations, which the import never analyses).
/// </summary>
/// <param name="Body">The text; empty when the caller asked for the derived values only and they are known.</param>
/// <param name="Group">The source-qualified group (community, channel), where the reader gives it.</param>
public sealed record MessageText(
    string Id, string? Author, DateTimeOffset CreatedAt, string Body, IReadOnlyList<string> Topics, string? Language, double? Sentiment, string? Group = null);
