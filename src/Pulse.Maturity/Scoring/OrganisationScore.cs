using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;

namespace Pulse.Maturity.Scoring;

/// <summary>
/// The scores of one organisation in one wave. Scores are 0–100 and unrounded (round for display
/// only). Every dictionary holds every id of the model, in model order, with null where the score
/// is missing.
/// </summary>
/// <param name="Organisation">The organisation's slug.</param>
/// <param name="Respondents">
/// How many responses were combined. Reports must not show an organisation's employee-survey
/// results on their own below the anonymity threshold (default 5); that is the caller's rule.
/// </param>
/// <param name="HasCommunity">
/// False when the majority of its respondents answered has_community = no: such an organisation
/// is counted but not scored, so everything else is null and <paramref name="Complete"/> is false.
/// A tie, or nobody answering has_community, counts as having a community.
/// </param>
/// <param name="Complete">True exactly when <paramref name="Index"/> is not null; incomplete organisations are never ranked.</param>
/// <param name="Index">Mean of the precondition scores; null when any is missing.</param>
/// <param name="Stage">Stage of the index, capped at one above the stage of the weakest precondition; null when incomplete.</param>
/// <param name="Preconditions">Weighted mean of the present construct scores, if they carry at least half the weight.</param>
/// <param name="Constructs">Mean of the present item scores, if at least ⌈n/2⌉ of the n items are present.</param>
/// <param name="Items">Every item (facts too), its score averaged over the respondents who answered it.</param>
/// <param name="Indicators">Every indicator over the combined answers (see <see cref="OrganisationAnswers"/>); null when undecided.</param>
public sealed record OrganisationScore(
    string Organisation,
    int Respondents,
    bool HasCommunity,
    bool Complete,
    double? Index,
    Stage? Stage,
    IReadOnlyDictionary<string, double?> Preconditions,
    IReadOnlyDictionary<string, double?> Constructs,
    IReadOnlyDictionary<string, double?> Items,
    IReadOnlyDictionary<string, bool?> Indicators)
{
    /// <summary>
    /// The organisation's combined answers, as the indicators read them (e.g. the mean
    /// active_share for a driver analysis); null when the organisation was not scored.
    /// </summary>
    public OrganisationAnswers? Answers { get; init; }

    /// <summary>
    /// True when the organisation's results are withheld because fewer respondents than the
    /// anonymity threshold — but more than one, a key respondent — answered (see <see cref="RespondentAnonymity"/>).
    /// </summary>
    public bool Withheld { get; init; }
}
