namespace Pulse.Storage.Rows;

/// <summary>
/// One round of the benchmark study (e.g. "2026"), answered with one version of the maturity
/// model. Waves span organisations, so they are not tenant-owned; their responses are.
/// </summary>
public sealed class WaveRow
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string ModelVersion { get; set; }

    public DateTime CreatedAt { get; set; }
}
