using System.IO.Compression;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Archives;

/// <summary>An export as a zip archive, read in place: entries are inflated while they are read.</summary>
internal sealed class ZipExportSource : ExportSource
{
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _byPath;

    private ZipExportSource(string name, ZipArchive archive)
        : base(name)
    {
        _archive = archive;
        _byPath = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        var entries = new List<ExportEntry>();
        foreach (var zipEntry in archive.Entries)
        {
            var path = zipEntry.FullName.Replace('\\', '/');
            if (path.EndsWith('/')) continue; // a folder record, no data
            if (!_byPath.TryAdd(path, zipEntry))
            {
                // Unzip tools keep either copy, silently; which one the user meant cannot be known.
                throw new ImportException(name, null, null, $"the archive holds {path} twice; which copy to read is unclear");
            }

            entries.Add(new ExportEntry(path, zipEntry.Length));
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        Entries = entries;
    }

    public override IReadOnlyList<ExportEntry> Entries { get; }

    public static bool LooksLikeZip(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> signature = stackalloc byte[4];
        if (stream.ReadAtLeast(signature, 4, throwOnEndOfStream: false) < 4) return false;
        return signature[0] == (byte)'P' && signature[1] == (byte)'K'
            && ((signature[2] == 3 && signature[3] == 4) || (signature[2] == 5 && signature[3] == 6));
    }

    /// <summary>
    /// Opens the archive through its central directory. When that is missing (a download cut
    /// short), walks the local headers forward instead to say in which file, at which line, the
    /// archive ends, and throws.
    /// </summary>
    public static ZipExportSource Open(string path)
    {
        var name = Path.GetFileName(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            return new ZipExportSource(name, new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false));
        }
        catch (InvalidDataException cause)
        {
            stream.Dispose();
            throw TruncatedZipScan.Diagnose(path, name, cause);
        }
        catch (ImportException)
        {
            stream.Dispose();
            throw;
        }
    }

    protected override Stream OpenEntry(ExportEntry entry) => _byPath[entry.Path].Open();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _archive.Dispose();
        base.Dispose(disposing);
    }
}
