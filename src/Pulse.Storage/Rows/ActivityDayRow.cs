namespace Pulse.Storage.Rows;

/// <summary>
/// Aggregate kept by the import: per UTC day, author account and community, how many countable
/// messages (posts, not deleted, not by a bot) were written and how many of them started a thread.
/// Participation, the weekly series and the communities are computed from these rows instead of
/// from every message (issue 9, "fast on a million messages").
/// </summary>
public sealed class ActivityDayRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    /// <summary>Days since 1970-01-01, UTC.</summary>
    public int Day { get; set; }

    /// <summary>The author's account row id; 0 when the author is missing or not among the accounts.</summary>
    public long AccountId { get; set; }

    /// <summary>The community as <c>source:id</c> (as <see cref="MonitoringStore"/> qualifies ids); empty for none.</summary>
    public required string GroupKey { get; set; }

    /// <summary>Written in a private conversation: counted only with the organisation's opt-in.</summary>
    public bool IsPrivate { get; set; }

    public int Messages { get; set; }

    public int Starters { get; set; }
}
