namespace Pulse.Storage.Rows;

/// <summary>A community, group or channel.</summary>
public sealed class GroupRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Source { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public bool IsPrivate { get; set; }

    public DateTime? CreatedAt { get; set; }
}
