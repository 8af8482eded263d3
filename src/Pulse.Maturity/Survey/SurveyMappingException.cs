namespace Pulse.Maturity.Survey;

/// <summary>
/// A mapping file is invalid, or an export does not fit its mapping (a mapped column is missing,
/// a column is neither mapped nor ignored). <see cref="Errors"/> lists every problem.
/// </summary>
public sealed class SurveyMappingException : Exception
{
    public SurveyMappingException()
        : this("The survey mapping is invalid.")
    {
    }

    public SurveyMappingException(string message)
        : base(message)
    {
        Errors = [new SurveyError(string.Empty, 0, string.Empty, null, message)];
    }

    public SurveyMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SurveyError(string.Empty, 0, string.Empty, null, message)];
    }

    /// <param name="errors">Every problem; at least one.</param>
    public SurveyMappingException(IReadOnlyList<SurveyError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem, each naming file, line and column where it can.</summary>
    public IReadOnlyList<SurveyError> Errors { get; }

    private static string Describe(IReadOnlyList<SurveyError> errors) =>
        errors.Count == 1
            ? errors[0].ToString()
            : $"{errors.Count} problems:\n" + string.Join("\n", errors.Select(e => "  - " + e));
}
