namespace Pulse.Maturity.Scoring;

/// <summary>
/// The scores of one wave: every organisation (scored or not) ordered by slug, and the
/// reliability of every construct.
/// </summary>
/// <param name="Organisations">One entry per organisation in the responses, ordered by slug (ordinal).</param>
/// <param name="Reliability">
/// Cronbach's alpha per construct id, in model order, over the respondents of organisations that
/// have a community, with listwise deletion; null when undefined (fewer than 2 items, fewer than 3
/// complete cases, or no variance).
/// </param>
public sealed record WaveScores(IReadOnlyList<OrganisationScore> Organisations, IReadOnlyDictionary<string, double?> Reliability)
{
    /// <summary>Per construct id, the number of complete cases alpha was computed over.</summary>
    public IReadOnlyDictionary<string, int> ReliabilityCases { get; init; } = new Dictionary<string, int>();
}
