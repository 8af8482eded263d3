namespace Pulse.Maturity.Survey;

/// <summary>
/// One row of an answer file as a CSV reader delivers it: its fields, already unquoted, and the
/// line it starts on, so every error can name the line a person sees in the file.
/// </summary>
/// <param name="Line">1-based line number in the source file.</param>
/// <param name="Fields">The fields, in column order.</param>
public sealed record SurveyRow(long Line, IReadOnlyList<string> Fields)
{
    /// <summary>The fields.</summary>
    public IReadOnlyList<string> Fields { get; init; } = Fields ?? throw new ArgumentNullException(nameof(Fields));
}
