namespace Pulse.Storage.Rows;

/// <summary>
/// Aggregate kept by the import: the first day an account wrote a countable message, with and
/// without private conversations — what "newcomer" needs without reading all history per request.
/// </summary>
public sealed class AccountFirstDayRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    public long AccountId { get; set; }

    /// <summary>Days since 1970-01-01 of the first message outside private conversations; null when none.</summary>
    public int? FirstDay { get; set; }

    /// <summary>The same, private conversations included.</summary>
    public int FirstDayWithPrivate { get; set; }
}
