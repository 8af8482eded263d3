namespace Pulse.Maturity.Model;

/// <summary>
/// A model file, or a model built in code, breaks one or more rules. <see cref="Problems"/> lists
/// every problem found (not only the first), each a sentence naming where it is.
/// </summary>
public sealed class ModelValidationException : Exception
{
    public ModelValidationException()
        : this("The model is invalid.")
    {
    }

    public ModelValidationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public ModelValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <param name="what">What was being validated, e.g. "Model file v1.json".</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public ModelValidationException(string what, IReadOnlyList<string> problems)
        : base(Describe(what, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string what, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"{what} is invalid: {problems[0]}"
            : $"{what} is invalid ({problems.Count} problems):\n" + string.Join("\n", problems.Select(p => "  - " + p));
}
