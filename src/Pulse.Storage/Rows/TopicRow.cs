namespace Pulse.Storage.Rows;

/// <summary>A platform topic or hashtag.</summary>
public sealed class TopicRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Source { get; set; }

    public required string ExternalId { get; set; }

    public required string Name { get; set; }
}
