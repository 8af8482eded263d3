namespace Pulse.Demo.Yammer;

/// <summary>One row of a synthetic Topics.csv (see <see cref="YammerExportWriter"/>).</summary>
public sealed record YammerTopicRow(long Id, string Name)
{
    public DateTimeOffset? CreatedAt { get; init; }
}
