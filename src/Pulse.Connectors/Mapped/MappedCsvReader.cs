using Pulse.Connectors.Checks;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Csv;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Mapped;

/// <summary>
/// Reads messages from any CSV file through an <see cref="ImportMapping"/>
/// (<c>pulse import csv FILE --map MAPPING</c>). Columns are found by header name; the separator is
/// the mapping's or detected from the header line. See docs/import-mapping.md.
/// </summary>
/// <param name="options">Text encoding and clock; <see cref="ConnectorOptions.Default"/> when null.</param>
public sealed class MappedCsvReader(ImportMapping mapping, ConnectorOptions? options = null) : IConnector
{
    private readonly ImportMapping _mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
    private readonly ConnectorOptions _options = options ?? ConnectorOptions.Default;

    public string Source => Monitoring.Model.Source.Csv;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var separator = _mapping.Separator is { } configured ? configured[0] : await CsvSeparator.DetectAsync(path, _options.Encoding, cancellationToken);
        var ticker = new ProgressTicker(progress);
        var stream = InputFile.Open(path, _options.Encoding);
        using var rows = CsvRows.Open(stream, separator);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, column) in _mapping.Columns()) columns[column] = rows.Require(column);

        var messages = new MappedMessages(_mapping, new ItemChecks(_options));
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await messages.AddAsync(
                column => columns.TryGetValue(column, out var index) ? rows.Text(index) : null,
                _ => null,
                (column, problem) => rows.Error(columns.GetValueOrDefault(column, -1), problem),
                sink,
                rows.File,
                rows.Line,
                cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }
}
