using Pulse.Maturity.Answers;

namespace Pulse.Maturity.Survey;

/// <summary>Collects the errors of one file up to <see cref="SurveyParseResult.MaxErrors"/>.</summary>
internal sealed class ErrorCollector(string fileName)
{
    private readonly List<SurveyError> _errors = [];

    public int Count => _errors.Count;

    public bool Full => _errors.Count >= SurveyParseResult.MaxErrors;

    public bool Truncated { get; private set; }

    public void Add(long line, string column, string? value, string message)
    {
        if (Full)
        {
            Truncated = true;
            return;
        }

        _errors.Add(new SurveyError(fileName, line, column, value, message));
    }

    public SurveyParseResult Result(IReadOnlyList<Response> responses) =>
        _errors.Count == 0
            ? new SurveyParseResult(responses, [])
            : new SurveyParseResult([], [.. _errors.OrderBy(e => e.Line)]) { ErrorsTruncated = Truncated || Full };
}
