using Pulse.Monitoring.Import;

namespace Pulse.Connectors;

/// <summary>
/// Reads one platform's export and pushes what it finds to an <see cref="IImportSink"/>, item by
/// item, so that memory does not grow with the export's size.
/// </summary>
/// <remarks>
/// A reader never swallows an error: bad input throws <see cref="ImportException"/> naming the file,
/// the line and the field, and the storage side rolls the whole import back. Items a reader chooses
/// not to import (attachments, files) are reported through <see cref="IImportSink.Skip"/>.
/// </remarks>
public interface IConnector
{
    /// <summary>One of <see cref="Pulse.Monitoring.Model.Source"/>'s constants.</summary>
    string Source { get; }

    /// <summary>Reads the export at <paramref name="path"/> (a file, a folder or a zip, depending on the platform).</summary>
    Task ReadAsync(string path, IImportSink sink, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);
}
