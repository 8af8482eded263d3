namespace Pulse.Maturity.Survey;

/// <summary>
/// One reason an answer file (or a mapping file) is refused. The caller refuses the whole file
/// when there is any.
/// </summary>
/// <param name="File">The file's name as the caller gave it.</param>
/// <param name="Line">1-based line in that file (the header's line for header problems; 0 when no line applies).</param>
/// <param name="Column">The column's name (an item id, "organisation", a source column of an export), or "" for the whole row.</param>
/// <param name="Value">The offending value as written, or null when the problem is not one value.</param>
/// <param name="Message">One sentence saying what is wrong and what was expected.</param>
public sealed record SurveyError(string File, long Line, string Column, string? Value, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{File}:{Line}{(Column.Length > 0 ? $" [{Column}]" : string.Empty)}: {Message}";
}
