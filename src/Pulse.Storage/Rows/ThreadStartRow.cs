namespace Pulse.Storage.Rows;

/// <summary>
/// Aggregate kept by the import: every countable thread starter with the time of its first reply
/// by someone else (monitoring-metrics.md, responsiveness), so that response times need no pass
/// over the replies at request time.
/// </summary>
public sealed class ThreadStartRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    /// <summary>The starter's message row id.</summary>
    public long MessageId { get; set; }

    /// <summary>Days since 1970-01-01, UTC, of <see cref="StartedAt"/>.</summary>
    public int Day { get; set; }

    /// <summary>The starter's author account row id; 0 when unknown.</summary>
    public long AccountId { get; set; }

    /// <summary>The community as <c>source:id</c>; empty for none.</summary>
    public required string GroupKey { get; set; }

    public bool IsPrivate { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>The earliest countable reply by another person outside private conversations; null when none.</summary>
    public DateTime? FirstReplyAt { get; set; }

    /// <summary>The same, private conversations included (the organisation's opt-in).</summary>
    public DateTime? FirstReplyWithPrivateAt { get; set; }
}
