using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Archives;

/// <summary>
/// Walks a zip forward from its local file headers when its central directory (the table of
/// contents at the end) is missing, as it is when a download is cut short. Nothing is imported
/// from such an archive; the walk only finds the file and the line at which the data stops, so
/// the refusal can say e.g. <c>export.zip/Messages.csv, line 81234: the archive ends inside this
/// file</c>.
/// </summary>
internal static class TruncatedZipScan
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint Zip64EndOfCentralDirectory = 0x06064b50;
    private const uint DataDescriptor = 0x08074b50;
    private const int Deflate = 8;
    private const int Stored = 0;

    /// <summary>Explains why the archive cannot be read; the caller throws the result.</summary>
    public static ImportException Diagnose(string path, string name, Exception cause)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var length = file.Length;
        long position = 0;
        var complete = 0;
        var header = new byte[30];
        while (true)
        {
            file.Position = position;
            if (file.ReadAtLeast(header.AsSpan(0, 4), 4, throwOnEndOfStream: false) < 4)
            {
                return new ImportException(name, null, null, $"the archive ends after {complete} complete files, where its table of contents should follow (truncated download?)", cause);
            }

            var signature = BinaryPrimitives.ReadUInt32LittleEndian(header);
            if (signature is CentralHeader or EndOfCentralDirectory or Zip64EndOfCentralDirectory)
            {
                return new ImportException(name, null, null, $"the archive's table of contents is cut off after {complete} complete files (truncated download?)", cause);
            }

            if (signature != LocalHeader)
            {
                return new ImportException(name, null, null, position == 0 ? "not a zip archive" : $"the archive is damaged at byte {position}", cause);
            }

            if (file.ReadAtLeast(header.AsSpan(4, 26), 26, throwOnEndOfStream: false) < 26) return EndsInHeader(name, complete, cause);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(6));
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8));
            long compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
            var nameAndExtra = new byte[nameLength + extraLength];
            if (file.ReadAtLeast(nameAndExtra, nameAndExtra.Length, throwOnEndOfStream: false) < nameAndExtra.Length)
            {
                return EndsInHeader(name, complete, cause);
            }

            // Names are UTF-8 (flag bit 11) or CP437; export file names are ASCII, the same in both.
            var label = name + "/" + Encoding.UTF8.GetString(nameAndExtra, 0, nameLength);
            if (compressedSize == uint.MaxValue)
            {
                compressedSize = Zip64CompressedSize(nameAndExtra.AsSpan(nameLength), BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(22)) == uint.MaxValue) ?? compressedSize;
            }

            var dataStart = position + 30 + nameLength + extraLength;
            var sizeFollowsData = (flags & 8) != 0;
            if (!sizeFollowsData)
            {
                if (dataStart + compressedSize > length) return EndsInside(label, file, dataStart, length - dataStart, method, cause);
                position = dataStart + compressedSize;
                complete++;
                continue;
            }

            // Streamed archives write the sizes after the data: find that data descriptor.
            if (method != Deflate)
            {
                return new ImportException(label, null, null, "the archive has no table of contents, and without it the end of this file cannot be found (truncated download?)", cause);
            }

            var (descriptorAt, descriptorLength) = FindDataDescriptor(file, dataStart, length);
            if (descriptorAt < 0) return EndsInside(label, file, dataStart, length - dataStart, method, cause);
            position = descriptorAt + descriptorLength;
            complete++;
        }
    }

    private static ImportException EndsInHeader(string name, int complete, Exception cause) =>
        new(name, null, null, $"the archive ends inside the header of file {complete + 1} (truncated download?)", cause);

    private static ImportException EndsInside(string label, FileStream file, long start, long available, int method, Exception cause) =>
        new(label, CountLines(file, start, available, method), null, "the archive ends inside this file (truncated download?)", cause);

    /// <summary>The line the surviving data ends in: newlines in the inflated prefix, plus one.</summary>
    private static long? CountLines(FileStream file, long start, long available, int method)
    {
        if (method is not (Deflate or Stored)) return null;
        file.Position = start;
        using var window = new Window(file, available);
        using Stream data = method == Deflate ? new DeflateStream(window, CompressionMode.Decompress, leaveOpen: true) : window;
        var buffer = new byte[1 << 16];
        long newlines = 0;
        try
        {
            int read;
            while ((read = data.Read(buffer)) > 0) newlines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        catch (InvalidDataException)
        {
            // The cut fell inside a deflate block: what came before it is all there is.
        }

        return newlines + 1;
    }

    private static long? Zip64CompressedSize(ReadOnlySpan<byte> extra, bool uncompressedIsThere)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (extra.Length < 4 + size) return null;
            if (id == 1)
            {
                var offset = uncompressedIsThere ? 12 : 4;
                return size + 4 >= offset + 8 ? (long)BinaryPrimitives.ReadUInt64LittleEndian(extra[offset..]) : null;
            }

            extra = extra[(4 + size)..];
        }

        return null;
    }

    /// <summary>
    /// Finds the descriptor that closes an entry starting at <paramref name="dataStart"/>: one whose
    /// compressed-size field equals its own distance from the data start, with or without its
    /// optional signature, in 32- or 64-bit form. Returns -1 when the file ends first.
    /// </summary>
    private static (long At, int Length) FindDataDescriptor(FileStream file, long dataStart, long length)
    {
        const int chunk = 1 << 20;
        const int margin = 32;
        var buffer = new byte[chunk + (2 * margin)];
        for (var chunkStart = dataStart; chunkStart < length; chunkStart += chunk)
        {
            // Read a margin before and after the chunk so that every candidate is seen whole.
            var bufferStart = Math.Max(dataStart, chunkStart - margin);
            file.Position = bufferStart;
            var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var data = buffer.AsSpan(0, read);
            var regionStart = (int)(chunkStart - bufferStart);
            var regionEnd = Math.Min(read, regionStart + chunk);

            // Every descriptor either starts with "PK\x07\x08" or is followed by the next header's "PK".
            for (var from = regionStart; from < Math.Min(read, regionEnd + 20);)
            {
                var k = data[from..].IndexOf("PK"u8);
                if (k < 0) break;
                var q = from + k;
                foreach (var i in (ReadOnlySpan<int>)[q, q - 12, q - 20])
                {
                    if (i < regionStart || i >= regionEnd) continue;
                    var found = DescriptorAt(data, i, bufferStart + i - dataStart);
                    if (found > 0) return (bufferStart + i, found);
                }

                from = q + 1;
            }
        }

        return (-1, 0);
    }

    /// <summary>Length of a data descriptor at <paramref name="i"/> for <paramref name="compressed"/> bytes of data, or 0.</summary>
    private static int DescriptorAt(ReadOnlySpan<byte> data, int i, long compressed)
    {
        if (Is(data, i, DataDescriptor))
        {
            if (Is(data, i + 8, (uint)compressed) && (i + 16 == data.Length || NextIsHeader(data, i + 16))) return 16;
            if (Is64(data, i + 8, compressed) && (i + 24 == data.Length || NextIsHeader(data, i + 24))) return 24;
        }

        if (Is(data, i + 4, (uint)compressed) && NextIsHeader(data, i + 12)) return 12;
        if (Is64(data, i + 4, compressed) && NextIsHeader(data, i + 20)) return 20;
        return 0;
    }

    private static bool Is(ReadOnlySpan<byte> data, int at, uint value) =>
        at >= 0 && at + 4 <= data.Length && BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) == value;

    private static bool Is64(ReadOnlySpan<byte> data, int at, long value) =>
        at >= 0 && at + 8 <= data.Length && BinaryPrimitives.ReadInt64LittleEndian(data[at..]) == value;

    private static bool NextIsHeader(ReadOnlySpan<byte> data, int at) => Is(data, at, LocalHeader) || Is(data, at, CentralHeader);

    /// <summary>A read-only view of <c>count</c> bytes from the stream's current position.</summary>
    private sealed class Window(Stream inner, long count) : Stream
    {
        private long _left = count;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_left <= 0) return 0;
            var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
