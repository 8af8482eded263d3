namespace Pulse.Storage;

/// <summary>
/// One countable post as text analysis reads it: its source-qualified id and author, when it was
/// written, its body and topics, and what the import derived from the body (language code and
/// sentiment; null for private conversations, which the import never analyses).
/// </summary>
/// <param name="Body">The text; empty when the caller asked for the derived values only and they are known.</param>
/// <param name="Group">The source-qualified group (community, channel), where the reader gives it.</param>
/// <param name="Thread">Where the reader gives it (the search index), what expert finding weighs: the thread,
/// its starter's author, likes, acceptance and whether it is a private conversation.</param>
public sealed record MessageText(
    string Id, string? Author, DateTimeOffset CreatedAt, string Body, IReadOnlyList<string> Topics, string? Language, double? Sentiment, string? Group = null,
    MessageThreadFacts? Thread = null);

/// <summary>A message's place in its thread and its reception, source-qualified like the rest of <see cref="MessageText"/>.</summary>
public sealed record MessageThreadFacts(string Thread, string? StarterAuthor, int Likes, bool IsAccepted, bool IsPrivate);
