using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Archives;

/// <summary>
/// The files of an export, whether it arrived as a zip, as an unpacked folder or as one file.
/// Readers open entries in the order they need (users before messages), not in archive order.
/// </summary>
internal abstract class ExportSource : IDisposable
{
    protected ExportSource(string name) => Name = name;

    /// <summary>How errors name the export: the zip's or folder's own name, without its parent path.</summary>
    public string Name { get; }

    public abstract IReadOnlyList<ExportEntry> Entries { get; }

    /// <summary>
    /// Opens an export: a folder, a zip archive (recognised by its signature, not its extension), or,
    /// when <paramref name="allowSingleFile"/>, any other file as a one-entry export.
    /// </summary>
    public static ExportSource Open(string path, bool allowSingleFile = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) return new FolderExportSource(path);
        if (!File.Exists(path)) throw new ImportException(path, null, null, "no such file or folder");
        if (ZipExportSource.LooksLikeZip(path)) return ZipExportSource.Open(path);
        if (allowSingleFile) return new SingleFileExportSource(path);
        throw new ImportException(System.IO.Path.GetFileName(path), null, null, "neither a folder nor a zip archive");
    }

    /// <summary>Opens an entry for reading, counting the bytes read for progress.</summary>
    public CountingStream Open(ExportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CountingStream(OpenEntry(entry), Label(entry), entry.Length);
    }

    /// <summary>How errors name an entry: <c>export.zip/Messages.csv</c>.</summary>
    public virtual string Label(ExportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Name + "/" + entry.Path;
    }

    /// <summary>
    /// The entry with this file name (case-insensitive), nearest to the root; exports are sometimes
    /// zipped with one wrapping folder. Null when there is none.
    /// </summary>
    public ExportEntry? Find(string fileName)
    {
        ExportEntry? best = null;
        foreach (var entry in Entries)
        {
            if (!string.Equals(entry.FileName, fileName, StringComparison.OrdinalIgnoreCase)) continue;
            if (best is not null && best.Depth == entry.Depth)
            {
                throw new ImportException(Name, null, null, $"the export holds {fileName} twice ({best.Path} and {entry.Path}); which one to read is unclear");
            }

            if (best is null || entry.Depth < best.Depth) best = entry;
        }

        return best;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract Stream OpenEntry(ExportEntry entry);

    protected virtual void Dispose(bool disposing)
    {
    }
}
