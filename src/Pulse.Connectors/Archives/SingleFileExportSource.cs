namespace Pulse.Connectors.Archives;

/// <summary>One file given on its own (a Graph JSON response, a JSONL export).</summary>
internal sealed class SingleFileExportSource : ExportSource
{
    private readonly string _path;

    public SingleFileExportSource(string path)
        : base(Path.GetFileName(path))
    {
        _path = path;
        Entries = [new ExportEntry(Path.GetFileName(path), new FileInfo(path).Length)];
    }

    public override IReadOnlyList<ExportEntry> Entries { get; }

    /// <summary>The file's own name: there is no folder or archive around it.</summary>
    public override string Label(ExportEntry entry) => Name;

    protected override Stream OpenEntry(ExportEntry entry) =>
        new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
