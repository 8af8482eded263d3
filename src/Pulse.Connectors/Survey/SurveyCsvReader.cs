using Pulse.Connectors.Archives;
using Pulse.Connectors.Csv;
using Pulse.Maturity.Survey;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Survey;

/// <summary>
/// The rows of a questionnaire answer file (or of a LimeSurvey or Qualtrics export) as the survey
/// parser takes them: the header first, every row with the line it starts on. Read with the same
/// RFC-4180 reader as the platform exports; separator <c>,</c> or <c>;</c> detected from the header.
/// Rows are yielded one at a time, so a wave of 100,000 respondents is never held as text.
/// </summary>
public static class SurveyCsvReader
{
    public static async Task<IEnumerable<SurveyRow>> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new ImportException(path, null, null, "no such file");
        var separator = await CsvSeparator.DetectAsync(path, cancellationToken);
        return Rows(path, separator);
    }

    private static IEnumerable<SurveyRow> Rows(string path, char separator)
    {
        var stream = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read), Path.GetFileName(path), new FileInfo(path).Length);
        using var rows = CsvRows.Open(stream, separator);
        yield return new SurveyRow(rows.HeaderLine, [.. rows.Header]);
        while (rows.MoveNext()) yield return new SurveyRow(rows.Line, rows.Fields());
    }
}
