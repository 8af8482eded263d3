using System.Text;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Mapped;
using Pulse.Connectors.Mattermost;
using Pulse.Connectors.StackExchange;
using Pulse.Connectors.Yammer;

namespace Pulse.Connectors.Tests.Archives;

/// <summary>
/// Text that is not UTF-8 is refused naming the file and line, unless the user names its encoding;
/// UTF-16 with a byte order mark is always read. Byte values from the code charts: Latin-1 0xE9 is
/// é, Windows-1252 0x80 is €, and a lone 0xE9 is not valid UTF-8 (it opens a three-byte sequence).
/// </summary>
public sealed class EncodingTests : IDisposable
{
    private const string YammerHeader = "id,thread_id,group_id,sender_id,body,created_at\r\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static byte[] Bytes(string ascii, params byte[] tail) => [.. Encoding.ASCII.GetBytes(ascii), .. tail];

    /// <summary>A Yammer export whose second message (line 3) has <paramref name="body"/> as its body's bytes.</summary>
    private string YammerExport(string folder, byte[] body)
    {
        _temp.WriteBytes(folder + "/Messages.csv", [.. Encoding.ASCII.GetBytes(YammerHeader + "1,1,,7,goed,2024-01-01T00:00:00Z\r\n2,2,,7,"), .. body, .. Encoding.ASCII.GetBytes(",2024-01-01T00:00:00Z\r\n")]);
        return _temp.File(folder);
    }

    [Fact]
    public async Task A_latin1_byte_in_a_yammer_export_is_refused_naming_the_line()
    {
        var export = YammerExport("export", Bytes("Caf", 0xE9));

        var error = await ConnectorRuns.RefusedAsync(new YammerExportReader(), export);

        error.File.ShouldBe("export/Messages.csv");
        error.Line.ShouldBe(3);
        error.Problem.ShouldStartWith("the text is not valid UTF-8 (bytes 0xE9)");
    }

    [Fact]
    public async Task With_latin1_named_the_same_byte_is_an_e_acute()
    {
        var export = YammerExport("export", Bytes("Caf", 0xE9));

        var sink = await ConnectorRuns.ReadAsync(new YammerExportReader(new ConnectorOptions(ConnectorOptions.ParseEncoding("latin1"))), export);

        sink.Messages["2"].Body.ShouldBe("Café");
    }

    [Fact]
    public async Task With_windows_1252_named_0x80_is_the_euro_sign()
    {
        var export = YammerExport("export", Bytes("", 0x80, 0x35));

        var sink = await ConnectorRuns.ReadAsync(new YammerExportReader(new ConnectorOptions(ConnectorOptions.ParseEncoding("windows-1252"))), export);

        sink.Messages["2"].Body.ShouldBe("€5");
    }

    [Fact]
    public async Task A_file_with_a_utf8_byte_order_mark_stays_utf8_even_when_latin1_is_named()
    {
        // é in UTF-8 is C3 A9; read as Latin-1 it would become "Ã©".
        _temp.WriteBytes("export/Messages.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(YammerHeader + "1,1,,7,Café,2024-01-01T00:00:00Z\r\n")]);

        var sink = await ConnectorRuns.ReadAsync(new YammerExportReader(new ConnectorOptions(Encoding.Latin1)), _temp.File("export"));

        sink.Messages["1"].Body.ShouldBe("Café");
    }

    [Fact]
    public async Task A_utf16_file_with_a_byte_order_mark_is_read()
    {
        var text = YammerHeader + "1,1,,7,Café €,2024-01-01T00:00:00Z\r\n";
        _temp.WriteBytes("export/Messages.csv", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);

        var sink = await ConnectorRuns.ReadAsync(new YammerExportReader(), _temp.File("export"));

        sink.Messages["1"].Body.ShouldBe("Café €");
    }

    [Fact]
    public async Task A_mattermost_line_with_a_bad_byte_is_refused_on_its_line()
    {
        var path = _temp.WriteBytes("export.jsonl", Bytes(
            "{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\",\"post\":{\"team\":\"t\",\"channel\":\"c\",\"user\":\"u\",\"create_at\":1700000000000,\"message\":\"Caf", 0xE9, (byte)'"', (byte)'}', (byte)'}', (byte)'\n'));

        var error = await ConnectorRuns.RefusedAsync(new MattermostReader(), path);

        (error.File, error.Line).ShouldBe(("export.jsonl", 2L));
        error.Problem.ShouldStartWith("the text is not valid UTF-8");
    }

    [Fact]
    public async Task A_bad_byte_in_posts_xml_is_refused_naming_the_line()
    {
        _temp.WriteBytes("site/Posts.xml", [.. Bytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n<row Id=\"1\" PostTypeId=\"1\" CreationDate=\"2020-01-01T00:00:00\" Body=\"Caf", 0xE9), .. "\" />\n</posts>"u8]);

        var error = await ConnectorRuns.RefusedAsync(new StackExchangeReader(), _temp.File("site"));

        (error.File, error.Line).ShouldBe(("site/Posts.xml", 3L));
        error.Problem.ShouldStartWith("the text is not valid UTF-8");
    }

    [Fact]
    public async Task A_mapped_jsonl_file_with_a_bad_byte_is_read_with_latin1_named()
    {
        var mapping = ImportMapping.Parse("""{"id": "id", "created": "ts", "body": "text"}""");
        var path = _temp.WriteBytes("chat.jsonl", Bytes("{\"id\": \"1\", \"ts\": \"2024-01-01\", \"text\": \"Caf", 0xE9, (byte)'"', (byte)'}', (byte)'\n'));

        var refused = await ConnectorRuns.RefusedAsync(new MappedJsonlReader(mapping), path);
        var sink = await ConnectorRuns.ReadAsync(new MappedJsonlReader(mapping, new ConnectorOptions(Encoding.Latin1)), path);

        refused.Line.ShouldBe(1);
        sink.Messages["1"].Body.ShouldBe("Café");
    }

    [Theory]
    [InlineData("utf-8", null)]
    [InlineData("UTF8", null)]
    [InlineData("latin1", 28591)]
    [InlineData("ISO-8859-1", 28591)]
    [InlineData("windows-1252", 1252)]
    [InlineData("cp1252", 1252)]
    public void Encoding_names_a_user_may_give(string name, int? codePage)
    {
        int? actual = ConnectorOptions.ParseEncoding(name)?.CodePage;

        actual.ShouldBe(codePage);
    }

    [Fact]
    public void An_unknown_encoding_name_is_refused()
    {
        Should.Throw<ArgumentException>(() => ConnectorOptions.ParseEncoding("ebcdic")).Message.ShouldStartWith("unknown encoding 'ebcdic'; expected utf-8, latin1 or windows-1252");
    }

    [Fact]
    public void Utf8_passes_through_unchanged_when_characters_are_cut_by_every_read()
    {
        // é (2 bytes), € (3 bytes) and 🪪 (4 bytes), read one byte at a time, and across the 64 KiB buffer.
        var text = "Café € 🪪\n" + new string('a', 65_533) + "é€🪪\nend";
        var bytes = Encoding.UTF8.GetBytes(text);

        using var trickled = new CountingStream(new OneByteAtATime(bytes), "t.txt", bytes.Length);
        using var whole = new CountingStream(new MemoryStream(bytes), "w.txt", bytes.Length);

        new StreamReader(trickled, Encoding.UTF8).ReadToEnd().ShouldBe(text);
        new StreamReader(whole, Encoding.UTF8).ReadToEnd().ShouldBe(text);
    }

    [Fact]
    public void A_bad_byte_past_the_first_buffer_is_refused_on_its_own_line()
    {
        // 70,000 lines of "a\n" (140,000 bytes, over two 64 KiB reads), then line 70,001 holds 0xFF.
        var bytes = (byte[])[.. Enumerable.Repeat("a\n"u8.ToArray(), 70_000).SelectMany(b => b), 0x62, 0xFF, 0x0A];
        using var stream = new CountingStream(new MemoryStream(bytes), "big.txt", bytes.Length);

        var error = Should.Throw<Pulse.Monitoring.Import.ImportException>(() => new StreamReader(stream, Encoding.UTF8).ReadToEnd());

        error.Line.ShouldBe(70_001);
        error.Problem.ShouldStartWith("the text is not valid UTF-8 (bytes 0xFF)");
    }

    [Fact]
    public void A_file_ending_inside_a_character_is_refused()
    {
        // € is E2 82 AC; the file stops after E2 82.
        var bytes = (byte[])[.. "ok\n"u8, 0xE2, 0x82];
        using var stream = new CountingStream(new MemoryStream(bytes), "cut.txt", bytes.Length);

        var error = Should.Throw<Pulse.Monitoring.Import.ImportException>(() => new StreamReader(stream, Encoding.UTF8).ReadToEnd());

        error.Line.ShouldBe(2);
    }

    /// <summary>A stream that never returns more than one byte per read, as a slow network might.</summary>
    private sealed class OneByteAtATime(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }
}
