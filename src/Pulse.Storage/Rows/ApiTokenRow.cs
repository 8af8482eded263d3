namespace Pulse.Storage.Rows;

/// <summary>
/// A bearer token with which another system reads one organisation's figures through the API. Only the
/// SHA-256 of the token is kept: the token itself is shown once, when it is created.
/// </summary>
public sealed class ApiTokenRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters, so that a list can tell tokens apart without revealing them.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
