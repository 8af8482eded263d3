using Pulse.Connectors.Archives;
using Pulse.Connectors.Csv;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Mapped;

/// <summary>
/// Reads messages from any CSV file through an <see cref="ImportMapping"/>
/// (<c>pulse import csv FILE --map MAPPING</c>). Columns are found by header name; the separator is
/// the mapping's or detected from the header line. See docs/import-mapping.md.
/// </summary>
public sealed class MappedCsvReader(ImportMapping mapping) : IConnector
{
    private readonly ImportMapping _mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));

    public string Source => Monitoring.Model.Source.Csv;

    public async Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (!File.Exists(path)) throw new ImportException(path, null, null, "no such file");
        var name = Path.GetFileName(path);
        var separator = _mapping.Separator is { } configured ? configured[0] : await CsvSeparator.DetectAsync(path, cancellationToken);
        var ticker = new ProgressTicker(progress);
        var stream = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), name, new FileInfo(path).Length);
        using var rows = CsvRows.Open(stream, separator);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, column) in _mapping.Columns()) columns[column] = rows.Require(column);

        var messages = new MappedMessages(_mapping);
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await messages.AddAsync(
                column => columns.TryGetValue(column, out var index) ? rows.Text(index) : null,
                _ => null,
                (column, problem) => rows.Error(columns.GetValueOrDefault(column, -1), problem),
                sink,
                cancellationToken);
            ticker.Item(stream);
        }

        ticker.Report(stream);
    }
}
