namespace Pulse.Connectors.Archives;

/// <summary>One file of an export.</summary>
/// <param name="Path">Relative path inside the zip or folder, with <c>/</c> as separator.</param>
/// <param name="Length">Uncompressed size in bytes.</param>
internal sealed record ExportEntry(string Path, long Length)
{
    /// <summary>The last path segment.</summary>
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>The folder part including the trailing <c>/</c>, or empty at the root.</summary>
    public string Folder => Path[..(Path.LastIndexOf('/') + 1)];

    public int Depth => Path.Count(c => c == '/');
}
