using Pulse.Storage;

namespace Pulse.Application.Benchmark;

/// <summary>What `pulse wave list --json` prints and `GET /api/v1/waves` returns: the benchmark waves and how far each was answered.</summary>
/// <param name="Waves">The waves.</param>
public sealed record WaveListDocument(IReadOnlyList<WaveSummary> Waves);
