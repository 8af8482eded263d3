using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Archives;

/// <summary>
/// A read-only pass-through that counts the bytes read, so progress can say how far a file got
/// even when the underlying stream (a zip entry) cannot tell its position. It also counts lines,
/// so that a zip entry whose compressed data turns out damaged is refused with the line where the
/// damage starts rather than with a bare InvalidDataException.
/// </summary>
internal sealed class CountingStream(Stream inner, string label, long? bytesTotal) : Stream
{
    /// <summary>The file as errors name it, e.g. <c>export.zip/Messages.csv</c>.</summary>
    public string Label { get; } = label;

    public long? BytesTotal { get; } = bytesTotal;

    public long BytesRead { get; private set; }

    /// <summary>Newline bytes read so far.</summary>
    public long Newlines { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(e);
        }

        Count(buffer[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n;
        try
        {
            n = await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(e);
        }

        Count(buffer.Span[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    private void Count(ReadOnlySpan<byte> read)
    {
        BytesRead += read.Length;
        Newlines += read.Count((byte)'\n');
    }

    private ImportException Damaged(InvalidDataException e) =>
        new(Label, Newlines + 1, null, "the archive is damaged inside this file: " + e.Message, e);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
