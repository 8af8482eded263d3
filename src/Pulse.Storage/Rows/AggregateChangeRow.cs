namespace Pulse.Storage.Rows;

/// <summary>
/// Which days one aggregate revision recounted, when the import updated the aggregates in place
/// (<see cref="Aggregates.AggregateUpdate"/>) rather than rebuilding them: what lets a process that
/// holds an organisation's aggregates in memory re-read those days only. A revision without a row was
/// a whole rebuild, and is read whole.
/// </summary>
public sealed class AggregateChangeRow : ITenantOwned
{
    public long OrganisationId { get; set; }

    /// <summary>The organisation's <see cref="OrganisationRow.AggregatesRevision"/> this change produced.</summary>
    public long Revision { get; set; }

    /// <summary>The recounted days, as ranges of day numbers (<see cref="Aggregates.DayRanges"/>).</summary>
    public required string Days { get; set; }
}
