namespace Pulse.Storage.Rows;

/// <summary>A client organisation: the tenant. Its slug is its stable, human-typable key.</summary>
public sealed class OrganisationRow
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>Number of employees as the organisation states it, when known.</summary>
    public int? Employees { get; set; }

    public DateTime CreatedAt { get; set; }
}
