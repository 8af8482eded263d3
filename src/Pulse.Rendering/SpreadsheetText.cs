using System.Globalization;
using System.Text;

namespace Pulse.Rendering;

/// <summary>
/// Spreadsheet safety (issue 8, item 10): text that a spreadsheet could take for a formula — it
/// starts with '=', '+', '-', '@', a tab or a carriage return — is written as text, never as a
/// formula. In XLSX every text is a string cell (<see cref="Cell"/>), which no spreadsheet
/// evaluates; CSV has no cell types, so such a field gets a leading apostrophe (OWASP's advice for
/// CSV injection), which Excel and LibreOffice show as plain text. Numbers stay numbers: only text
/// is ever changed.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>True when a spreadsheet opening <paramref name="text"/> as a CSV field could evaluate it.</summary>
    public static bool CouldBeFormula(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A CSV field's text, neutralised: a leading apostrophe when it could be a formula.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CouldBeFormula(text) ? "'" + text : text;
    }

    /// <summary>
    /// One CSV field: neutralised, then quoted as RFC 4180 asks when it holds the separator, a quote
    /// or a line break. Use <see cref="CsvNumber"/> for numbers, so that -3 stays the number -3.
    /// </summary>
    public static string CsvField(string? text, char separator = ',')
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var safe = Neutralise(text);
        return safe.AsSpan().IndexOfAny([separator, '"', '\n', '\r']) >= 0
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }

    /// <summary>A number as a CSV field, invariant (a decimal point); empty when missing or not finite.</summary>
    public static string CsvNumber(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A CSV line of fields that are already <see cref="CsvField"/> or <see cref="CsvNumber"/> output.</summary>
    public static string CsvLine(IEnumerable<string> fields, char separator = ',') =>
        new StringBuilder().AppendJoin(separator, fields).ToString();

    /// <summary>
    /// A workbook cell's value: a number stays a number (missing and non-finite numbers become an
    /// empty cell), text stays the same text and is written as a string cell, never a formula.
    /// Anything else is refused, so no type can slip into the workbook that the writer might turn
    /// into something other than a number or a string.
    /// </summary>
    public static object? Cell(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i,
        long l => l,
        double d => double.IsFinite(d) ? d : null,
        _ => throw new ArgumentException($"A workbook cell is a number or text, not {value.GetType().Name}.", nameof(value)),
    };
}
