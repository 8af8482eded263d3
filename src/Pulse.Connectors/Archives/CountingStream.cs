using System.Globalization;
using System.Text;
using System.Text.Unicode;
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

    // UTF-8 passes through in place: the bytes of a character cut off at the end of one read are
    // kept at the start of the buffer and go out with the next.
    private int _carry;

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
            KeepCarry();
            int n;
            try
            {
                n = _inner.ReadAtLeast(_raw.AsSpan(_carry), _decoder is null ? 4 : 1, throwOnEndOfStream: false);
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
            KeepCarry();
            int n;
            try
            {
                n = await _inner.ReadAtLeastAsync(_raw.AsMemory(_carry), _decoder is null ? 4 : 1, throwOnEndOfStream: false, cancellationToken);
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
        var final = n == 0;
        _ended = final;
        var raw = _raw.AsSpan(0, _carry + n);
        var skip = _decoder is null ? Choose(raw) : 0;
        if (_encoder is null)
        {
            CheckUtf8(raw[skip..], final);
            return;
        }

        int chars;
        try
        {
            chars = _decoder!.GetChars(raw[skip..], _chars, flush: final);
        }
        catch (DecoderFallbackException e)
        {
            throw Undecodable(raw[skip..], e);
        }

        var decoded = _chars.AsSpan(0, chars);
        var needed = Encoding.UTF8.GetMaxByteCount(chars);
        if (_out.Length < needed) _out = new byte[Math.Max(needed, ChunkSize * 3)];
        _outStart = 0;
        _outEnd = _encoder.GetBytes(decoded, _out, flush: final);
        Newlines += decoded.Count('\n');
    }

    /// <summary>
    /// Hands UTF-8 on as read, after checking it with the vectorised validator (decoding it to
    /// check would cost as much as the reader's own decoding). A character cut off by the end of
    /// the read waits for the next one. Only a failing chunk is decoded, to say where it fails.
    /// </summary>
    private void CheckUtf8(ReadOnlySpan<byte> raw, bool final)
    {
        var complete = final ? raw.Length : raw.Length - IncompleteTail(raw);
        var ready = raw[..complete];
        if (!Utf8.IsValid(ready))
        {
            try
            {
                StrictUtf8.GetCharCount(ready);
            }
            catch (DecoderFallbackException e)
            {
                throw Undecodable(ready, e);
            }
        }

        _out = _raw;
        _outStart = 0;
        _outEnd = complete;
        _carry = raw.Length - complete;
        Newlines += ready.Count((byte)'\n');
    }

    /// <summary>Moves a cut-off character to the front of the buffer once the caller has taken what came before it.</summary>
    private void KeepCarry()
    {
        if (_carry > 0 && _outEnd > 0) _raw.AsSpan(_outEnd, _carry).CopyTo(_raw);
        _outStart = _outEnd = 0;
    }

    /// <summary>How many bytes at the end start a character whose other bytes have not been read yet (0 to 3).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: its lead byte is further back
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }

        return 0;
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
