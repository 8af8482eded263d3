namespace Pulse.Storage.Rows;

/// <summary>
/// One employee in the organisation's HR directory: who is in the target group, who manages.
/// The e-mail address (normalised, or its keyed hash when pseudonymised) is the match with
/// platform accounts.
/// </summary>
public sealed class PersonRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Email { get; set; }

    public string? Name { get; set; }

    public string? Department { get; set; }

    public bool IsManager { get; set; }

    public bool InTargetGroup { get; set; }

    public string? Location { get; set; }

    public string? Level { get; set; }
}
