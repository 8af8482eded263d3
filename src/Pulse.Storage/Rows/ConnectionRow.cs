namespace Pulse.Storage.Rows;
/// <summary>A live connection of an organisation to a platform (`pulse connect`): its settings and where polling got to.</summary>
public sealed class ConnectionRow : ITenantOwned
{
    public long OrganisationId { get; set; }
    /// <summary>"slack", "graph" or "yammer".</summary>
    public required string Platform { get; set; }
    /// <summary>The platform's settings as JSON (signing secret, client state or token sealed — ADR 0009 — and base URL).</summary>
    public required string Settings { get; set; }
    /// <summary>Where polling got to (Yammer: the newest message id seen); null for pushed platforms.</summary>
    public string? Cursor { get; set; }
    /// <summary>
    /// When the next timed poll is due (null: now). A server takes a poll by moving this forward in one
    /// conditional update, so of several servers on one database one polls per interval (docs/live.md).
    /// </summary>
    public DateTime? PollDueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
