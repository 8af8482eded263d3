namespace Pulse.Storage.Rows;

/// <summary>
/// A stored message. Threads and replies link by the platform's ids, not by row ids, so that a
/// reply imported before its parent (or in a later, overlapping export) still finds it.
/// </summary>
public sealed class MessageRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Source { get; set; }

    public required string ExternalId { get; set; }

    public required string ThreadExternalId { get; set; }

    public string? ParentExternalId { get; set; }

    public string? GroupExternalId { get; set; }

    public string? AuthorExternalId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EditedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public bool IsPrivate { get; set; }

    /// <summary><see cref="Pulse.Monitoring.Model.MessageKind"/> as its number.</summary>
    public int Kind { get; set; }

    public required string Body { get; set; }

    public int Likes { get; set; }

    public bool IsAccepted { get; set; }

    /// <summary>Topic names, separated by a line feed (names never contain one).</summary>
    public string? Topics { get; set; }

    /// <summary>
    /// The body's language ("nl", "en", "other") as detected on import; null for private
    /// conversations, whose text is never analysed (derived data: rebuildable from the body).
    /// </summary>
    public string? Language { get; set; }

    /// <summary>The body's sentiment in [-1, 1] as scored on import; null for private conversations.</summary>
    public double? Sentiment { get; set; }
}
