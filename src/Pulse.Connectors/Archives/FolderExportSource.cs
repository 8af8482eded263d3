namespace Pulse.Connectors.Archives;

/// <summary>An export unpacked into a folder.</summary>
internal sealed class FolderExportSource : ExportSource
{
    private readonly string _root;

    public FolderExportSource(string root)
        : base(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))))
    {
        _root = Path.GetFullPath(root);
        Entries = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(file => new ExportEntry(Path.GetRelativePath(_root, file).Replace('\\', '/'), new FileInfo(file).Length))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ToList();
    }

    public override IReadOnlyList<ExportEntry> Entries { get; }

    protected override Stream OpenEntry(ExportEntry entry) =>
        new FileStream(Path.Combine(_root, entry.Path), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
