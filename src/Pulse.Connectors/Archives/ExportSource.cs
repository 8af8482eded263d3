using System.Text;
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

    /// <summary>How text files without a byte order mark are decoded; null is strict UTF-8.</summary>
    public Encoding? Encoding { get; private set; }

    /// <summary>
    /// Opens an export: a folder, a zip archive (recognised by its signature, not its extension), or,
    /// when <paramref name="allowSingleFile"/>, any other file as a one-entry export.
    /// </summary>
    /// <param name="format">What the reader expects, for refusals: "a Slack export" gives "x.pdf: not a Slack export: …".</param>
    public static ExportSource Open(string path, string format, Encoding? encoding, bool allowSingleFile = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        ExportSource source;
        if (Directory.Exists(path))
        {
            source = InputFile.Guard(path, () => new FolderExportSource(path));
        }
        else if (!File.Exists(path))
        {
            throw new ImportException(path, null, null, "no such file or folder");
        }
        else if (InputFile.Guard(path, () => ZipExportSource.LooksLikeZip(path)))
        {
            source = InputFile.Guard(path, () => ZipExportSource.Open(path));
        }
        else if (allowSingleFile)
        {
            if (new FileInfo(path).Length == 0) throw new ImportException(System.IO.Path.GetFileName(path), null, null, $"not {format}: the file is empty");

            source = new SingleFileExportSource(path);
        }
        else
        {
            throw new ImportException(System.IO.Path.GetFileName(path), null, null, $"not {format}: it is neither a folder nor a zip archive");
        }

        source.Encoding = encoding;
        return source;
    }

    /// <summary>Opens an entry for reading, counting the bytes read for progress.</summary>
    public CountingStream Open(ExportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new CountingStream(InputFile.Guard(Label(entry), () => OpenEntry(entry)), Label(entry), entry.Length, Encoding);
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
