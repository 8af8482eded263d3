namespace Pulse.Maturity.Benchmark;

/// <summary>
/// The benchmark of one wave (maturity-model.md, "Statistics"): what the research report, the
/// scorecards and the wave page tell.
/// </summary>
/// <param name="Organisations">Every organisation in the wave.</param>
/// <param name="Scored">Organisations with an index (complete).</param>
/// <param name="WithoutCommunity">Organisations without a community: counted, never scored.</param>
/// <param name="Incomplete">Organisations with a community but no index (slugs, ordinal order): listed, not ranked.</param>
/// <param name="Distributions">Per score id — "index", each precondition id, each construct id, in
/// model order — its distribution over the organisations that have it; null when none has it.</param>
/// <param name="Indicators">Every indicator of the model, in model order.</param>
/// <param name="Ranking">Scored organisations by index, descending, ties sharing a rank; then by slug.</param>
/// <param name="Percentiles">Per organisation (slug) and score id, its percentile in [0, 100]: the
/// share of organisations with a strictly lower score plus half of those with an equal one; null
/// where the organisation has no such score.</param>
public sealed record WaveBenchmark(
    int Organisations,
    int Scored,
    int WithoutCommunity,
    IReadOnlyList<string> Incomplete,
    IReadOnlyDictionary<string, Distribution?> Distributions,
    IReadOnlyList<IndicatorShare> Indicators,
    IReadOnlyList<RankedOrganisation> Ranking,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> Percentiles)
{
    /// <summary>The score id of the maturity index in <see cref="Distributions"/> and <see cref="Percentiles"/>.</summary>
    public const string IndexId = "index";
}
