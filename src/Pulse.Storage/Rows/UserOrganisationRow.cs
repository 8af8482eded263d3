namespace Pulse.Storage.Rows;

/// <summary>An organisation an analyst may see.</summary>
public sealed class UserOrganisationRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    public long UserId { get; set; }
}
