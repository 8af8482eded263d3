using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Survey;

/// <summary>
/// The outcome of reading an answer file: all of its responses, or — when anything is wrong — no
/// responses and the errors (at most <see cref="MaxErrors"/>). A file is all-or-nothing.
/// </summary>
/// <param name="Responses">Every response when <see cref="IsValid"/>; empty otherwise.</param>
/// <param name="Errors">Every error found, in line order, up to <see cref="MaxErrors"/>.</param>
public sealed record SurveyParseResult(IReadOnlyList<Response> Responses, IReadOnlyList<SurveyError> Errors)
{
    /// <summary>Reading stops after this many errors: nobody reads more, and a wrong file could produce millions.</summary>
    public const int MaxErrors = 100;

    /// <summary>True when the file has no errors and its responses may be stored.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>True when reading stopped at <see cref="MaxErrors"/>, so there may be more.</summary>
    public bool ErrorsTruncated { get; init; }
}
