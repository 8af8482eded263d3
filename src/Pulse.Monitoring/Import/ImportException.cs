namespace Pulse.Monitoring.Import;

/// <summary>
/// Bad input: names the file, the line (1-based, as an editor shows it) and the field, so the
/// user can find and fix it. Thrown before anything is committed, so nothing is half-imported.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException(string file, long? line, string? field, string problem, Exception? inner = null)
        : base(Describe(file, line, field, problem), inner)
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    public ImportException()
        : this("(unknown)", null, null, "invalid input")
    {
    }

    public ImportException(string message)
        : this("(unknown)", null, null, message)
    {
    }

    public ImportException(string message, Exception innerException)
        : this("(unknown)", null, null, message, innerException)
    {
    }

    public string File { get; }

    public long? Line { get; }

    public string? Field { get; }

    public string Problem { get; }

    private static string Describe(string file, long? line, string? field, string problem)
    {
        var where = file;
        if (line is not null) where += $", line {line}";
        if (field is not null) where += $", field '{field}'";
        return $"{where}: {problem}";
    }
}
