namespace Pulse.Maturity.Scoring;

/// <summary>
/// The respondents' anonymity in published survey results (maturity-model.md: where several
/// respondents of one organisation answer, groups smaller than the anonymity threshold are never
/// shown on their own). One respondent is the organisation's key respondent, who answers for the
/// organisation and is shown; two up to the threshold minus one are an employee survey too small to
/// hide its people, so every figure of that organisation is withheld — its respondent count stays,
/// which says why.
/// </summary>
public static class RespondentAnonymity
{
    /// <summary>The default threshold, as for every other group in Pulse.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>True when an organisation with this many respondents is withheld.</summary>
    public static bool IsWithheld(int respondents, int threshold = DefaultThreshold) => respondents > 1 && respondents < threshold;

    /// <summary>The wave's scores as they may be published: small employee surveys withheld, the rest unchanged.</summary>
    public static WaveScores Apply(WaveScores scores, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 3);
        var published = scores.Organisations.Select(o => IsWithheld(o.Respondents, threshold) ? Withhold(o) : o).ToList();
        return scores with { Organisations = published };
    }

    private static OrganisationScore Withhold(OrganisationScore score) => score with
    {
        Complete = false,
        Index = null,
        Stage = null,
        Preconditions = score.Preconditions.ToDictionary(p => p.Key, _ => (double?)null),
        Constructs = score.Constructs.ToDictionary(c => c.Key, _ => (double?)null),
        Items = score.Items.ToDictionary(i => i.Key, _ => (double?)null),
        Indicators = score.Indicators.ToDictionary(i => i.Key, _ => (bool?)null),
        Answers = null,
        Withheld = true,
    };
}
