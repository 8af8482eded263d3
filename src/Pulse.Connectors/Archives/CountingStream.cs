using System.Globalization;
using System.Text;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Archives;

/// <summary>
/// A read-only pass-through that counts the bytes read, so progress can say how far a file got
/// even when the underlying stream (a zip entry) cannot tell its position. It also counts lines,
/// so that a zip entry whose compressed data turns out damaged is refused with the line where the
/// damage starts rather than with a bare InvalidDataException.
/// </summary>
/// <remarks>
/// It is also the one gate through which text reaches a reader, so every reader gets valid UTF-8:
/// UTF-8 is checked as it passes (readers' own decoders would put U+FFFD in place of a bad byte,
/// silently), and a file with a UTF-16 byte order mark, or without a mark when a legacy encoding is
/// given, is transcoded to UTF-8. Bytes that do not decode are refused naming the line.
/// </remarks>
internal sealed class CountingStream : Stream
{
    private const int ChunkSize = 1 << 16;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _inner;
    private readonly Encoding? _legacy;
    private readonly byte[] _raw = new byte[ChunkSize];
    private readonly char[] _chars = new char[ChunkSize + 4];
    private byte[] _out = [];
    private int _outStart;
    private int _outEnd;
    private bool _ended;
    private Encoding? _source;
    private Decoder? _decoder;
    private Encoder? _encoder;

    /// <param name="legacy">The encoding of a file without a byte order mark; null for strict UTF-8.</param>
    public CountingStream(Stream inner, string label, long? bytesTotal, Encoding? legacy = null)
    {
        _inner = inner;
        Label = label;
        BytesTotal = bytesTotal;
        _legacy = legacy;
    }

    /// <summary>The file as errors name it, e.g. <c>export.zip/Messages.csv</c>.</summary>
    public string Label { get; }

    public long? BytesTotal { get; }

    /// <summary>Bytes of the file itself read so far (before any transcoding), for progress.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Newlines decoded so far.</summary>
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
        while (_outStart == _outEnd && !_ended)
        {
            int n;
            try
            {
                n = _inner.ReadAtLeast(_raw, _decoder is null ? 4 : 1, throwOnEndOfStream: false);
            }
            catch (InvalidDataException e)
            {
                throw Damaged(e);
            }

            Decode(n);
        }

        return Take(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_outStart == _outEnd && !_ended)
        {
            int n;
            try
            {
                n = await _inner.ReadAtLeastAsync(_raw, _decoder is null ? 4 : 1, throwOnEndOfStream: false, cancellationToken);
            }
            catch (InvalidDataException e)
            {
                throw Damaged(e);
            }

            Decode(n);
        }

        return Take(buffer.Span);
    }

    public override void Flush()
    {
    }

    private int Take(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, n).CopyTo(buffer);
        _outStart += n;
        return n;
    }

    /// <summary>Checks or transcodes the <paramref name="n"/> bytes just read; 0 means the file has ended.</summary>
    private void Decode(int n)
    {
        BytesRead += n;
        var raw = _raw.AsSpan(0, n);
        if (_decoder is null) raw = raw[Choose(raw)..];
        var final = n == 0;
        _ended = final;
        int chars;
        try
        {
            chars = _decoder!.GetChars(raw, _chars, flush: final);
        }
        catch (DecoderFallbackException e)
        {
            throw Undecodable(raw, e);
        }

        var decoded = _chars.AsSpan(0, chars);
        if (_encoder is null)
        {
            // UTF-8 passes through as read: the decode above was only the check.
            _out = _raw;
            _outStart = n - raw.Length;
            _outEnd = n;
        }
        else
        {
            var needed = Encoding.UTF8.GetMaxByteCount(chars);
            if (_out.Length < needed || _out == _raw) _out = new byte[Math.Max(needed, ChunkSize * 3)];
            _outStart = 0;
            _outEnd = _encoder.GetBytes(decoded, _out, flush: final);
        }

        Newlines += decoded.Count('\n');
    }

    /// <summary>Picks the encoding from the first bytes; returns how many of them are a mark to drop.</summary>
    private int Choose(ReadOnlySpan<byte> first)
    {
        var skip = 0;
        if (first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _source = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            skip = 2;
        }
        else if (first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _source = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            skip = 2;
        }
        else if (_legacy is not null && !first.StartsWith("\uFEFF"u8))
        {
            _source = _legacy;
        }

        _decoder = (_source ?? StrictUtf8).GetDecoder();
        if (_source is not null) _encoder = new UTF8Encoding(false).GetEncoder();
        return skip;
    }

    private ImportException Undecodable(ReadOnlySpan<byte> raw, DecoderFallbackException e)
    {
        var at = Math.Clamp(e.Index, 0, raw.Length);
        var before = raw[..at];
        var encoding = _source ?? StrictUtf8;

        // The bytes before the bad one decoded cleanly once; decode them again, leniently, for their newlines.
        var line = Newlines + Encoding.GetEncoding(encoding.CodePage).GetString(before).Count('\n') + 1;
        var bytes = string.Join(' ', (e.BytesUnknown ?? []).Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
        var problem = _source is null
            ? $"the text is not valid UTF-8 (bytes {bytes}); if the file was written as Latin-1 or Windows-1252, import it with that encoding"
            : $"the text is not valid {encoding.WebName} (bytes {bytes})";
        return new ImportException(Label, line, null, problem, e);
    }

    private ImportException Damaged(InvalidDataException e) =>
        new(Label, Newlines + 1, null, "the archive is damaged inside this file: " + e.Message, e);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
