namespace Pulse.Maturity.Questionnaire;

/// <summary>What one page of a questionnaire made of the values a respondent sent.</summary>
/// <param name="Values">The whole response with the page's valid answers applied (canonical; null = missing).</param>
/// <param name="Problems">The page's refused answers; their items keep the value they had before.</param>
public sealed record PageAnswers(IReadOnlyList<string?> Values, IReadOnlyList<AnswerProblem> Problems)
{
    /// <summary>True when every answer on the page was accepted.</summary>
    public bool IsValid => Problems.Count == 0;
}
