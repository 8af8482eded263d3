namespace Pulse.Storage.Rows;

/// <summary>A theme: a named, saved query over an organisation's messages ("reorganisatie OR herstructurering").</summary>
public sealed class ThemeRow : ITenantOwned
{
    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public required string Name { get; set; }

    /// <summary>The query as typed (Pulse.Search's theme language); checked when the theme is added.</summary>
    public required string Query { get; set; }

    public DateTime CreatedAt { get; set; }
}
