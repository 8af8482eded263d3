using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;

namespace Pulse.Application.Benchmark;

/// <summary>
/// Everything the study tells about one wave: its scores, the benchmark statistics, the comparison
/// with an earlier wave, the driver analysis (or why it was refused), the findings, the cuts by
/// sector and size, and how each organisation may be named in published results.
/// </summary>
/// <param name="PublishedNames">Per organisation (slug), the name published results may show: its
/// own name with recorded consent, else "een organisatie in SECTOR" / "an organisation in SECTOR".</param>
public sealed record BenchmarkView(
    WaveInfo Wave,
    MaturityModel Model,
    WaveScores Scores,
    WaveBenchmark Benchmark,
    WaveInfo? CompareWave,
    WaveScores? CompareScores,
    WaveComparison? Comparison,
    DriverAnalysis? Drivers,
    string? DriversRefused,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CutTable> Cuts,
    IReadOnlyDictionary<string, LocalizedText> PublishedNames,
    IReadOnlyDictionary<string, string> Names);
