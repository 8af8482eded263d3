namespace Pulse.Storage.Rows;

/// <summary>
/// An alert a rule raised: unique per (organisation, rule, key), so it is raised once, and kept
/// until acknowledged. It names a theme, a department or a thread, never a person.
/// </summary>
public sealed class AlertRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public long RuleId { get; set; }

    public required string Kind { get; set; }

    public required string Key { get; set; }

    public required string Subject { get; set; }

    public double Value { get; set; }

    public double? Baseline { get; set; }

    /// <summary>When the data showed it.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>When Pulse raised it.</summary>
    public DateTime RaisedAt { get; set; }

    public DateTime? AcknowledgedAt { get; set; }
}
