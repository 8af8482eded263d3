namespace Pulse.Storage.Rows;

/// <summary>
/// One event a platform pushed (a Slack event, a Graph notification), stored before it is acknowledged
/// and applied later by the queue's worker. Its platform's event id is unique per organisation and
/// platform, so a retry or a replay of the same event is stored once.
/// </summary>
public sealed class InboundEventRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    /// <summary>"slack" or "graph".</summary>
    public required string Platform { get; set; }

    /// <summary>The platform's id of the event (Slack <c>event_id</c>; Graph: subscription, resource and change).</summary>
    public required string EventId { get; set; }

    /// <summary>The event as received (the request body, or one notification of a Graph batch).</summary>
    public required string Body { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>When the worker applied it (or gave up on it, with <see cref="Error"/>); null while queued.</summary>
    public DateTime? ProcessedAt { get; set; }

    /// <summary>Why the event could not be applied; null when it was.</summary>
    public string? Error { get; set; }

    /// <summary>
    /// The worker that took the event to apply it (machine/process/instance), while it holds the lease;
    /// null when no worker holds it. Several servers on one database thus never apply the same event at once.
    /// </summary>
    public string? ClaimedBy { get; set; }

    /// <summary>When the lease of <see cref="ClaimedBy"/> ends: an unfinished event (its worker crashed) may be taken again after it.</summary>
    public DateTime? ClaimedUntil { get; set; }
}
