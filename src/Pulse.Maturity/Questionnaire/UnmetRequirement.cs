using System.Globalization;

namespace Pulse.Maturity.Questionnaire;

/// <summary>
/// A part of the questionnaire that has too few answers for the model to score it: has_community
/// unanswered, or a construct with fewer than ⌈n/2⌉ of its n items answered ("don't know" is not
/// an answer).
/// </summary>
/// <param name="Step">The step that asks the items.</param>
/// <param name="ConstructId">The construct; null for has_community.</param>
/// <param name="ItemIds">The items that count towards the requirement.</param>
/// <param name="Answered">How many of them are answered.</param>
/// <param name="Needed">How many must be.</param>
public sealed record UnmetRequirement(int Step, string? ConstructId, IReadOnlyList<string> ItemIds, int Answered, int Needed)
{
    /// <summary>One sentence naming the construct and its items.</summary>
    public string Message => ConstructId is null
        ? string.Create(CultureInfo.InvariantCulture, $"{ItemIds[0]} must be answered (step {Step}): it decides which questions follow.")
        : string.Create(CultureInfo.InvariantCulture,
            $"construct {ConstructId} (step {Step}) needs at least {Needed} of its {ItemIds.Count} items answered ({string.Join(", ", ItemIds)}); {Answered} {(Answered == 1 ? "is" : "are")}.");
}
