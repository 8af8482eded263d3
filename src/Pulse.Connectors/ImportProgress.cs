namespace Pulse.Connectors;

/// <summary>How far an import has come.</summary>
/// <param name="File">The file being read, as it is named in errors (e.g. <c>export.zip/Messages.csv</c>).</param>
/// <param name="BytesRead">Bytes of <paramref name="File"/> read so far (uncompressed for zip entries).</param>
/// <param name="BytesTotal">The file's size when known.</param>
/// <param name="Items">Items pushed to the sink so far in the whole import, all files together.</param>
public sealed record ImportProgress(string File, long BytesRead, long? BytesTotal, long Items);
