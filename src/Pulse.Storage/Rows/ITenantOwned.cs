namespace Pulse.Storage.Rows;

/// <summary>
/// A row that belongs to one organisation. Every query on such a table filters on
/// <see cref="OrganisationId"/>: it is the security boundary between clients and the column a
/// distributed PostgreSQL (Citus) would shard on.
/// </summary>
public interface ITenantOwned
{
    long OrganisationId { get; }
}
