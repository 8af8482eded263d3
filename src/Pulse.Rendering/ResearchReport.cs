using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Rendering.Text;

namespace Pulse.Rendering;

/// <summary>
/// Everything the research report of one wave shows, computed elsewhere: this project renders, it
/// does not compute statistics.
/// </summary>
/// <param name="Wave">The wave's code, e.g. "2026".</param>
/// <param name="CompareWave">The wave it is compared with; null when there is none.</param>
/// <param name="Model">The model version the wave was scored with.</param>
/// <param name="Scores">The wave's scores (for the reliability per construct and each ranked organisation's stage).</param>
/// <param name="Benchmark">The wave's benchmark.</param>
/// <param name="Comparison">The comparison with <paramref name="CompareWave"/>; null when there is none.</param>
/// <param name="Drivers">The driver analysis; null when it was refused (too few organisations), which the report then says.</param>
/// <param name="Findings">The findings as sentences, in the order to print them.</param>
/// <param name="TopNames">
/// Per organisation slug in the top 10, the name to print (its own name with consent, otherwise e.g.
/// "an organisation in healthcare"). A ranked organisation missing here is printed as "an
/// organisation", never by its slug.
/// </param>
/// <param name="Language">"nl" or "en".</param>
public sealed record ResearchReport(
    string Wave,
    string? CompareWave,
    MaturityModel Model,
    WaveScores Scores,
    WaveBenchmark Benchmark,
    WaveComparison? Comparison,
    DriverAnalysis? Drivers,
    IReadOnlyList<Finding> Findings,
    IReadOnlyDictionary<string, string> TopNames,
    string Language)
{
    /// <summary>The index by sector and by size, small groups already hidden (<see cref="Pulse.Maturity.Benchmark.Cuts"/>); none when not given.</summary>
    public IReadOnlyList<CutTable> Cuts { get; init; } = [];

    /// <summary>The places shown in the top 10: every organisation whose shared rank is at most this.</summary>
    public const int TopPlaces = 10;

    /// <summary>The language, checked: "nl" or "en".</summary>
    public string Language { get; } = ReportText.CheckLanguage(Language);
}
