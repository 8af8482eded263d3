using System.IO.Compression;
using System.Text;
using Pulse.Connectors.Yammer;
using Pulse.Demo.Yammer;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Tests.Yammer;

/// <summary>
/// A zip cut short (a download that stopped) has no central directory. The import is refused,
/// nothing is pushed, and the error says in which file and at which line the data stops. The
/// exports are synthetic (<see cref="SyntheticNetwork"/>).
/// </summary>
public sealed class YammerTruncatedZipTests
{
    private static byte[] ZipOf(YammerExportContent content, bool seekable)
    {
        var bytes = new MemoryStream();
        // Without seeking, the zip writer puts each entry's sizes after its data (bit 3), as a streamed download does.
        new YammerExportWriter().WriteZip(seekable ? bytes : new ForwardOnlyStream(bytes), content);
        return bytes.ToArray();
    }

    private static async Task<(ImportException Error, RecordingSink Sink)> ReadCutAsync(byte[] zip, int keep)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("export.zip", zip[..keep]);
        var sink = new RecordingSink();
        var error = await Should.ThrowAsync<ImportException>(() =>
            new YammerExportReader().ReadAsync(path, sink, null, TestContext.Current.CancellationToken));
        return (error, sink);
    }

    /// <summary>
    /// The line the surviving data of Messages.csv ends in, worked out apart from the reader: find the
    /// entry's name in the first local header, inflate what follows the header, count newlines.
    /// </summary>
    private static long ExpectedLine(byte[] zip, int keep)
    {
        var name = Encoding.ASCII.GetBytes("Messages.csv");
        var at = zip.AsSpan().IndexOf(name);
        var extraLength = BitConverter.ToUInt16(zip, at - 2);
        var dataStart = at + name.Length + extraLength;
        using var inflate = new DeflateStream(new MemoryStream(zip, dataStart, keep - dataStart), CompressionMode.Decompress);
        var text = new MemoryStream();
        try
        {
            inflate.CopyTo(text);
        }
        catch (InvalidDataException)
        {
            // cut inside a block: what came out before it counts
        }

        return text.ToArray().Count(b => b == (byte)'\n') + 1;
    }

    [Fact]
    public async Task A_zip_cut_in_half_is_refused_naming_messages_csv_and_the_line_where_it_ends()
    {
        var zip = ZipOf(SyntheticNetwork.Create(messages: 20_000), seekable: true);
        var keep = zip.Length / 2;

        var (error, sink) = await ReadCutAsync(zip, keep);

        error.File.ShouldBe("export.zip/Messages.csv");
        error.Line.ShouldBe(ExpectedLine(zip, keep));
        error.Line!.Value.ShouldBeInRange(1_000, 20_000);
        error.Message.ShouldBe($"export.zip/Messages.csv, line {error.Line}: the archive ends inside this file (truncated download?)");
        sink.Pushes.ShouldBe(0);
    }

    [Fact]
    public async Task A_streamed_zip_with_sizes_after_the_data_cut_in_half_is_refused_the_same_way()
    {
        var zip = ZipOf(SyntheticNetwork.Create(messages: 20_000), seekable: false);
        var keep = zip.Length / 2;

        var (error, sink) = await ReadCutAsync(zip, keep);

        error.File.ShouldBe("export.zip/Messages.csv");
        error.Line.ShouldBe(ExpectedLine(zip, keep));
        sink.Pushes.ShouldBe(0);
    }

    [Fact]
    public async Task A_streamed_zip_cut_inside_its_table_of_contents_says_every_file_was_complete()
    {
        var zip = ZipOf(SyntheticNetwork.Create(messages: 2_000), seekable: false);

        var (error, _) = await ReadCutAsync(zip, zip.Length - 30);

        error.File.ShouldBe("export.zip");
        error.Line.ShouldBeNull();
        error.Problem.ShouldBe("the archive's table of contents is cut off after 6 complete files (truncated download?)");
    }

    [Fact]
    public async Task A_zip_cut_between_two_files_says_how_many_were_complete()
    {
        var zip = ZipOf(SyntheticNetwork.Create(messages: 100), seekable: true);
        // Keep the first file (Users.csv) whole: cut where the second file's local header starts.
        var keep = zip.AsSpan(4).IndexOf("PK\u0003\u0004"u8) + 4;

        var (error, _) = await ReadCutAsync(zip, keep);

        error.File.ShouldBe("export.zip");
        error.Problem.ShouldBe("the archive ends after 1 complete files, where its table of contents should follow (truncated download?)");
    }

    [Fact]
    public async Task A_zip_whose_messages_data_is_damaged_is_refused_naming_messages_csv()
    {
        var zip = ZipOf(SyntheticNetwork.Create(messages: 20_000), seekable: true);
        var at = zip.AsSpan().IndexOf("Messages.csv"u8) + 200_000;
        for (var i = 0; i < 64; i++) zip[at + i] ^= 0x5A;
        using var temp = new TempFolder();
        var path = temp.WriteBytes("export.zip", zip);

        var error = await Should.ThrowAsync<ImportException>(() =>
            new YammerExportReader().ReadAsync(path, new RecordingSink(), null, TestContext.Current.CancellationToken));

        error.File.ShouldBe("export.zip/Messages.csv");
        error.Line.ShouldNotBeNull();
        error.Problem.ShouldStartWith("the archive is damaged inside this file");
    }

    [Fact]
    public async Task A_complete_zip_reads_normally()
    {
        var zip = ZipOf(SyntheticNetwork.Create(messages: 500), seekable: false);
        using var temp = new TempFolder();
        var path = temp.WriteBytes("export.zip", zip);
        var sink = new RecordingSink();

        await new YammerExportReader().ReadAsync(path, sink, null, TestContext.Current.CancellationToken);

        sink.Messages.Count.ShouldBe(500);
    }

    /// <summary>A stream that cannot seek, so the zip writer streams entries with data descriptors.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            _written += count;
        }
    }
}
