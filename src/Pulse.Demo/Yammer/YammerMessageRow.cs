namespace Pulse.Demo.Yammer;

/// <summary>
/// One row of a synthetic Messages.csv (see <see cref="YammerExportWriter"/>). A thread starter
/// has <paramref name="ThreadId"/> equal to <paramref name="Id"/>; a reply names its parent in
/// <see cref="RepliedToId"/>. Mentions are written into <paramref name="Body"/> as <c>[[user:ID]]</c>.
/// </summary>
public sealed record YammerMessageRow(long Id, long ThreadId, long SenderId, DateTimeOffset CreatedAt, string Body)
{
    public long? RepliedToId { get; init; }

    /// <summary>The group; null for a private conversation.</summary>
    public long? GroupId { get; init; }

    public string? GroupName { get; init; }

    public bool InPrivateGroup { get; init; }

    public bool InPrivateConversation { get; init; }

    /// <summary><c>user</c> for people; anything else marks a bot or integration.</summary>
    public string SenderType { get; init; } = "user";

    public string? SenderName { get; init; }

    public string? SenderEmail { get; init; }

    /// <summary>Comma-separated <c>user:ID</c> list, as the export writes it.</summary>
    public string? Participants { get; init; }

    /// <summary>Comma-separated <c>uploadedfile:ID</c> / <c>page:ID</c> references.</summary>
    public string? Attachments { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public long? DeletedById { get; init; }
}
