namespace Pulse.Demo.Yammer;

/// <summary>One row of a synthetic Groups.csv (see <see cref="YammerExportWriter"/>).</summary>
public sealed record YammerGroupRow(long Id, string Name)
{
    public string? Description { get; init; }

    public bool IsPrivate { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }
}
