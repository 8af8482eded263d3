namespace Pulse.Storage.Rows;

/// <summary>
/// Aggregate kept by the import: per UTC day, how many countable replies one account wrote to a
/// countable message of another (its parent, or the thread starter). Departments are resolved when
/// the figures are computed, because the directory that gives them can change without an import.
/// </summary>
public sealed class ReplyDayRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    /// <summary>Days since 1970-01-01, UTC.</summary>
    public int Day { get; set; }

    /// <summary>The replier's account row id; 0 when unknown.</summary>
    public long FromAccountId { get; set; }

    /// <summary>The parent's author account row id; 0 when unknown.</summary>
    public long ToAccountId { get; set; }

    /// <summary>The reply or its parent is in a private conversation.</summary>
    public bool IsPrivate { get; set; }

    public int Replies { get; set; }
}
