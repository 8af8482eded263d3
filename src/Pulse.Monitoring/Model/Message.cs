namespace Pulse.Monitoring.Model;

/// <summary>
/// One message of a platform in Pulse's own terms. Every source is mapped to this record.
/// </summary>
/// <param name="ExternalId">The platform's id of the message (Slack: channel id + ts, since ts is unique per channel only).</param>
/// <param name="ThreadExternalId">Id of the thread starter; equal to <paramref name="ExternalId"/> for a starter.</param>
/// <param name="ParentExternalId">Id of the message this one directly answers; null for a starter.</param>
/// <param name="GroupExternalId">Group or channel, null for private conversations outside groups.</param>
/// <param name="AuthorExternalId">Account id of the author, null when the platform does not say (system events).</param>
/// <param name="IsPrivate">Part of a private conversation / direct message: excluded from every figure and analysis.</param>
/// <param name="Body">Plain text with mentions resolved to names.</param>
/// <param name="Likes">Likes, reactions or votes, as the platform counts them.</param>
/// <param name="IsAccepted">Marked as best answer / accepted answer.</param>
/// <param name="Topics">Topic or hashtag names attached to the message.</param>
public sealed record Message(
    string ExternalId,
    string ThreadExternalId,
    string? ParentExternalId,
    string? GroupExternalId,
    string? AuthorExternalId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    DateTimeOffset? DeletedAt,
    bool IsPrivate,
    MessageKind Kind,
    string Body,
    int Likes,
    bool IsAccepted,
    IReadOnlyList<string> Topics)
{
    /// <summary>True when the message starts its thread.</summary>
    public bool IsThreadStarter => ThreadExternalId == ExternalId;

    /// <summary>True when the message was deleted on the platform.</summary>
    public bool IsDeleted => DeletedAt is not null;
}
