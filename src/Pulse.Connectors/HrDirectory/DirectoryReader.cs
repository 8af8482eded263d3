using Pulse.Connectors.Checks;
using System.Globalization;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Csv;
using Pulse.Connectors.Text;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.HrDirectory;

/// <summary>
/// Reads the organisation's HR file (<c>pulse directory import FILE.csv --org SLUG</c>): columns
/// <c>email</c>, <c>department</c>, <c>manager</c> and <c>target_group</c>, optionally
/// <c>location</c>, <c>level</c> and <c>name</c>, found by header name in any order (case, spaces,
/// hyphens and underscores do not matter: <c>Target group</c> and <c>E-mail</c> are
/// <c>target_group</c> and <c>email</c>); other columns are ignored. Separator <c>,</c> or <c>;</c> (or tab), detected from the header. Yes/no columns
/// accept yes/no, ja/nee, true/false, 1/0, y/n, j. The file is small, so it is returned whole.
/// </summary>
public static class DirectoryReader
{
    private static readonly string[] RequiredColumns = ["email", "department", "manager", "target_group"];

    public static Task<IReadOnlyList<DirectoryEntry>> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(path, null, cancellationToken);

    /// <summary>
    /// Reads the file; a file with a header and no rows gives an empty list (whether that is
    /// acceptable is the caller's policy). NUL characters and over-long values are refused.
    /// </summary>
    /// <param name="options">Text encoding; <see cref="ConnectorOptions.Default"/> when null. The file holds no times.</param>
    public static async Task<IReadOnlyList<DirectoryEntry>> ReadAsync(string path, ConnectorOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var encoding = (options ?? ConnectorOptions.Default).Encoding;
        var separator = await CsvSeparator.DetectAsync(path, encoding, cancellationToken);
        var stream = InputFile.Open(path, encoding);
        var name = stream.Label;
        using var rows = CsvRows.Open(stream, separator);

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Header.Count; i++) columns.TryAdd(Normalise(rows.Header[i]), i);
        foreach (var required in RequiredColumns)
        {
            if (!columns.ContainsKey(Normalise(required))) throw new ImportException(name, rows.HeaderLine, required, $"the header has no '{required}' column");
        }

        int Column(string column) => columns.GetValueOrDefault(Normalise(column), -1);
        var email = Column("email");
        var department = Column("department");
        var manager = Column("manager");
        var targetGroup = Column("target_group");
        var location = Column("location");
        var level = Column("level");
        var person = Column("name");

        var entries = new List<DirectoryEntry>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var address = Email(rows, email);
            if (!lines.TryAdd(address, rows.Line))
            {
                throw rows.Error(email, $"{address} appears twice, on line {lines[address].ToString(CultureInfo.InvariantCulture)} and on line {rows.Line.ToString(CultureInfo.InvariantCulture)}");
            }

            var entry = new DirectoryEntry(
                address,
                Optional(rows, person),
                Optional(rows, department),
                YesOrNo(rows, manager),
                YesOrNo(rows, targetGroup),
                Optional(rows, location),
                Optional(rows, level));
            entries.Add(ItemChecks.Entry(entry, name, rows.Line, Names(rows.Header, columns)));
        }

        return entries;
    }

    /// <summary>The file's own header for each field, so a refusal names the column as the user wrote it.</summary>
    private static FieldNames Names(IReadOnlyList<string> header, Dictionary<string, int> columns)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in (string[])["email", "name", "department", "location", "level"])
        {
            if (columns.TryGetValue(Normalise(field), out var i)) names["entry." + field] = header[i];
        }

        return new FieldNames(names);
    }

    private static string Normalise(string header) =>
        string.Concat(header.Where(c => c is not (' ' or '-' or '_'))).ToLowerInvariant();

    /// <summary>Normalised, and sane: exactly one @ with text on both sides and no spaces.</summary>
    private static string Email(CsvRows rows, int column)
    {
        var text = rows[column].Trim();
        if (text.IsEmpty) throw rows.Error(column, "the row has no e-mail address");
        var address = DirectoryEntry.NormaliseEmail(text.ToString());
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == address.Length - 1 || address.IndexOf('@', at + 1) >= 0 || address.Any(char.IsWhiteSpace))
        {
            throw rows.Error(column, $"'{CsvFields.Shorten(text)}' is not an e-mail address (one @ with text on both sides)");
        }

        return address;
    }

    private static bool YesOrNo(CsvRows rows, int column)
    {
        var text = rows[column];
        if (YesNo.TryParse(text, out var value)) return value;
        throw rows.Error(column, text.Trim().IsEmpty
            ? "the value is empty; expected yes or no (ja/nee, true/false, 1/0, y/n)"
            : $"'{CsvFields.Shorten(text.Trim())}' is neither yes nor no (ja/nee, true/false, 1/0, y/n)");
    }

    private static string? Optional(CsvRows rows, int column)
    {
        var text = rows[column].Trim();
        return text.IsEmpty ? null : text.ToString();
    }
}
