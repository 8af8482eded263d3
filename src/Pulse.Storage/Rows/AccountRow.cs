namespace Pulse.Storage.Rows;

/// <summary>A platform account (Yammer user, Slack member) as imported.</summary>
public sealed class AccountRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Source { get; set; }

    public required string ExternalId { get; set; }

    public string? Name { get; set; }

    /// <summary>Normalised e-mail address (or its keyed hash when pseudonymised).</summary>
    public string? Email { get; set; }

    public string? Department { get; set; }

    public string? JobTitle { get; set; }

    public string? Location { get; set; }

    /// <summary><see cref="Pulse.Monitoring.Model.AccountState"/> as its number.</summary>
    public int State { get; set; }

    public bool IsBot { get; set; }

    public DateTime? JoinedAt { get; set; }
}
