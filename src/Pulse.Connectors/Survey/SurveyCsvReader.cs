using System.Text;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Csv;
using Pulse.Maturity.Survey;

namespace Pulse.Connectors.Survey;

/// <summary>
/// The rows of a questionnaire answer file (or of a LimeSurvey or Qualtrics export) as the survey
/// parser takes them: the header first, every row with the line it starts on. Read with the same
/// RFC-4180 reader as the platform exports; separator <c>,</c> or <c>;</c> detected from the header.
/// Rows are yielded one at a time, so a wave of 100,000 respondents is never held as text.
/// </summary>
public static class SurveyCsvReader
{
    public static Task<IEnumerable<SurveyRow>> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, null, cancellationToken);

    /// <param name="encoding">The file's encoding when it has no byte order mark; null for strict UTF-8 (see <see cref="ConnectorOptions.Encoding"/>).</param>
    public static async Task<IEnumerable<SurveyRow>> OpenAsync(string path, Encoding? encoding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var separator = await CsvSeparator.DetectAsync(path, encoding, cancellationToken);
        return Rows(path, separator, encoding);
    }

    private static IEnumerable<SurveyRow> Rows(string path, char separator, Encoding? encoding)
    {
        var stream = InputFile.Open(path, encoding);
        using var rows = CsvRows.Open(stream, separator);
        yield return new SurveyRow(rows.HeaderLine, [.. rows.Header]);
        while (rows.MoveNext()) yield return new SurveyRow(rows.Line, rows.Fields());
    }
}
