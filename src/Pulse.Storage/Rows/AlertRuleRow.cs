namespace Pulse.Storage.Rows;

/// <summary>An alert rule of an organisation (Pulse.Monitoring.Alerts.AlertRule).</summary>
public sealed class AlertRuleRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    /// <summary><see cref="Pulse.Monitoring.Alerts.AlertKind"/> by name, so the database reads without the code.</summary>
    public required string Kind { get; set; }

    /// <summary>The theme's name for the theme rules.</summary>
    public string? Theme { get; set; }

    public double? Threshold { get; set; }

    public int? Weeks { get; set; }

    public int? Hours { get; set; }

    public DateTime CreatedAt { get; set; }
}
