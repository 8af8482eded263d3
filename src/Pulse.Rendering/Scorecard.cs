using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Rendering.Text;

namespace Pulse.Rendering;

/// <summary>
/// What one organisation's scorecard shows: its own scores and only aggregates of the others.
/// The record holds no other organisation's slug or value at all, so the page cannot leak one;
/// build it with <see cref="For"/>, which takes from a <see cref="WaveBenchmark"/> only the
/// distributions and this organisation's own percentiles.
/// </summary>
/// <param name="Wave">The wave's code.</param>
/// <param name="Model">The model version of the wave.</param>
/// <param name="Organisation">The organisation's own scores.</param>
/// <param name="DisplayName">The organisation's name as printed on its own scorecard.</param>
/// <param name="Distributions">Per score id, the wave's distribution (aggregates only).</param>
/// <param name="Percentiles">Per score id, this organisation's percentile (0–100); null where it has no such score.</param>
/// <param name="Advice">Advice lines, written elsewhere, in the order to print them.</param>
/// <param name="Language">"nl" or "en".</param>
/// <param name="Previous">Its own scores in the previous wave; null when it did not take part.</param>
/// <param name="PreviousWave">The previous wave's code; null when there is none.</param>
public sealed record Scorecard(
    string Wave,
    MaturityModel Model,
    OrganisationScore Organisation,
    string DisplayName,
    IReadOnlyDictionary<string, Distribution?> Distributions,
    IReadOnlyDictionary<string, double?> Percentiles,
    IReadOnlyList<LocalizedText> Advice,
    string Language,
    OrganisationScore? Previous = null,
    string? PreviousWave = null)
{
    /// <summary>
    /// Fewest organisations a benchmark figure (median, top quartile, percentile) must rest on to be
    /// shown: with fewer, a median or a percentile gives away another organisation's score. The same
    /// threshold as the anonymity of small groups and the cuts by sector.
    /// </summary>
    public const int MinimumPeers = 5;

    /// <summary>The language, checked: "nl" or "en".</summary>
    public string Language { get; } = ReportText.CheckLanguage(Language);

    /// <summary>Its own previous scores, checked to be the same organisation's: a scorecard never shows another's values.</summary>
    public OrganisationScore? Previous { get; } =
        Previous is null || string.Equals(Previous.Organisation, Organisation?.Organisation, StringComparison.Ordinal)
            ? Previous
            : throw new ArgumentException($"The previous scores are of '{Previous.Organisation}', not of '{Organisation?.Organisation}'.", nameof(Previous));

    /// <summary>
    /// The scorecard of <paramref name="organisation"/>: the benchmark's distributions and the
    /// organisation's own row of percentiles, nothing else of the benchmark.
    /// </summary>
    public static Scorecard For(
        string wave,
        MaturityModel model,
        WaveBenchmark benchmark,
        OrganisationScore organisation,
        string displayName,
        IReadOnlyList<LocalizedText> advice,
        string language,
        OrganisationScore? previous = null,
        string? previousWave = null)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(organisation);
        var percentiles = benchmark.Percentiles.TryGetValue(organisation.Organisation, out var own)
            ? own
            : new Dictionary<string, double?>();
        return new Scorecard(wave, model, organisation, displayName, benchmark.Distributions, percentiles, advice, language, previous, previousWave);
    }
}
