namespace Pulse.Maturity.Questionnaire;

/// <summary>An answer on a questionnaire page that the answer parser refused.</summary>
/// <param name="ItemId">The item the answer was for.</param>
/// <param name="Value">What the respondent sent.</param>
/// <param name="Message">The parser's sentence, the same an answer file would get; it names the item.</param>
public sealed record AnswerProblem(string ItemId, string Value, string Message);
