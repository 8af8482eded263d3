namespace Pulse.Demo.Yammer;

/// <summary>One row of a synthetic Users.csv (see <see cref="YammerExportWriter"/>).</summary>
public sealed record YammerUserRow(long Id, string Name, string? Email)
{
    public string? JobTitle { get; init; }

    public string? Location { get; init; }

    public string? Department { get; init; }

    public DateTimeOffset? JoinedAt { get; init; }

    public DateTimeOffset? SuspendedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary><c>active</c> or <c>soft_delete</c>, as the export writes it.</summary>
    public string State { get; init; } = "active";
}
