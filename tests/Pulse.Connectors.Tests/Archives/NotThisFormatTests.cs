using System.IO.Compression;
using Pulse.Connectors.Mapped;
using Pulse.Connectors.Mattermost;
using Pulse.Connectors.Slack;
using Pulse.Connectors.StackExchange;
using Pulse.Connectors.Teams;
using Pulse.Connectors.Yammer;

namespace Pulse.Connectors.Tests.Archives;

/// <summary>
/// Every platform reader refuses what is not its format, in one sentence that says what it expected,
/// rather than importing "0 messages": random bytes, an empty folder, an empty file, and another
/// platform's export (a minimal Yammer zip, Slack folder, Mattermost JSONL).
/// </summary>
public sealed class NotThisFormatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public NotThisFormatTests()
    {
        var random = new byte[4096];
        new Random(20261129).NextBytes(random);
        random[0] = 0x07; // never "PK", "{" or "<"
        _temp.WriteBytes("random.bin", random);
        _temp.WriteBytes("random.json", random);
        Directory.CreateDirectory(_temp.File("empty"));
        _temp.WriteBytes("empty.json", []);
        _temp.Write("yammer/Messages.csv", "id,thread_id,body,created_at\r\n1,1,hallo,2024-01-01T00:00:00Z\r\n");
        ZipFile.CreateFromDirectory(_temp.File("yammer"), _temp.File("yammer.zip"));
        _temp.Write("slack/channels.json", """[{"id": "C1", "name": "general"}]""");
        _temp.Write("slack/users.json", """[{"id": "U1", "name": "anna"}]""");
        _temp.Write("slack/general/2024-05-01.json", """[{"type": "message", "user": "U1", "ts": "1714550400.000100", "text": "hoi"}]""");
        _temp.Write("mattermost.jsonl", "{\"type\":\"version\",\"version\":1}\n");
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> Cases => new()
    {
        { "teams", "random.bin", "random.bin: not a Microsoft Teams export: no users/usersList.json, no teams/…/messages_*.json and no Graph chatMessage JSON found" },
        { "teams", "random.json", "random.json, line 1: not a Microsoft Teams export: this file is not JSON: " },
        { "teams", "empty", "empty: not a Microsoft Teams export: no users/usersList.json" },
        { "teams", "empty.json", "empty.json: not a Microsoft Teams export: the file is empty" },
        { "teams", "yammer.zip", "yammer.zip: not a Microsoft Teams export: no users/usersList.json" },
        { "teams", "slack", "slack/channels.json, line 1: not a Microsoft Teams export: this JSON is not a Graph chatMessage" },
        { "teams", "mattermost.jsonl", "mattermost.jsonl: not a Microsoft Teams export: no users/usersList.json" },
        { "slack", "random.bin", "random.bin: not a Slack export: it is neither a folder nor a zip archive" },
        { "slack", "empty", "empty: not a Slack export: there is no channels.json or users.json" },
        { "slack", "empty.json", "empty.json: not a Slack export: it is neither a folder nor a zip archive" },
        { "slack", "yammer.zip", "yammer.zip: not a Slack export: there is no channels.json or users.json" },
        { "yammer", "random.bin", "random.bin: not a Yammer export: it is neither a folder nor a zip archive" },
        { "yammer", "empty", "empty: not a Yammer export: there is no Messages.csv in it" },
        { "yammer", "empty.json", "empty.json: not a Yammer export: it is neither a folder nor a zip archive" },
        { "yammer", "slack", "slack: not a Yammer export: there is no Messages.csv in it" },
        { "mattermost", "random.bin", "random.bin, line 1: not a Mattermost bulk export: the text is not valid UTF-8" },
        { "mattermost", "empty", "empty: not a Mattermost bulk export: there is no .jsonl file in it" },
        { "mattermost", "empty.json", "empty.json: not a Mattermost bulk export: the file is empty" },
        { "mattermost", "yammer.zip", "yammer.zip: not a Mattermost bulk export: there is no .jsonl file in it" },
        { "stackexchange", "random.bin", "random.bin: not a Stack Exchange data dump: it is neither a folder nor a zip archive" },
        { "stackexchange", "empty", "empty: not a Stack Exchange data dump: there is no Posts.xml in it" },
        { "stackexchange", "empty.json", "empty.json: not a Stack Exchange data dump: it is neither a folder nor a zip archive" },
        { "stackexchange", "yammer.zip", "yammer.zip: not a Stack Exchange data dump: there is no Posts.xml in it" },
    };

    private static IConnector Reader(string platform) => platform switch
    {
        "teams" => new TeamsExportReader(),
        "slack" => new SlackExportReader(),
        "yammer" => new YammerExportReader(),
        "mattermost" => new MattermostReader(),
        _ => new StackExchangeReader(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_reader_refuses_what_is_not_its_format_saying_what_it_expected(string platform, string input, string expectedStart)
    {
        var error = await ConnectorRuns.RefusedAsync(Reader(platform), _temp.File(input));

        error.Message.ShouldStartWith(expectedStart);
    }

    [Fact]
    public async Task A_mattermost_jsonl_whose_first_line_has_no_type_is_refused()
    {
        var path = _temp.Write("chat.jsonl", "{\"id\": 1, \"text\": \"hoi\"}\n");

        var error = await ConnectorRuns.RefusedAsync(new MattermostReader(), path);

        error.Message.ShouldStartWith("chat.jsonl, line 1, field 'type': not a Mattermost bulk export: the first line has no \"type\"");
    }

    [Fact]
    public async Task A_zip_holding_the_same_entry_twice_is_refused()
    {
        var path = _temp.File("twice.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var body in (string[])["eerste", "tweede"])
            {
                using var writer = new StreamWriter(zip.CreateEntry("Messages.csv").Open());
                writer.Write("id,thread_id,body,created_at\r\n1,1," + body + ",2024-01-01T00:00:00Z\r\n");
            }
        }

        var error = await ConnectorRuns.RefusedAsync(new YammerExportReader(), path);

        error.Message.ShouldBe("twice.zip: the archive holds Messages.csv twice; which copy to read is unclear");
    }

    [Fact]
    public async Task A_folder_where_a_file_is_expected_is_refused_in_one_sentence()
    {
        var mapping = ImportMapping.Parse("""{"id": "id", "created": "ts", "body": "text"}""");

        var error = await ConnectorRuns.RefusedAsync(new MappedCsvReader(mapping), _temp.File("empty"));

        error.Message.ShouldBe(_temp.File("empty") + ": is a folder; expected a file");
    }

    [Fact]
    public void Permission_denied_from_the_file_system_becomes_one_sentence_naming_the_path()
    {
        // A file locked by its mode cannot be tested where tests run as root (CI does), so this checks the translation itself.
        var error = Should.Throw<Pulse.Monitoring.Import.ImportException>(() => Pulse.Connectors.Archives.InputFile.Guard<int>("export/Users.csv", () => throw new UnauthorizedAccessException("Access to the path is denied.")));

        error.Message.ShouldBe("export/Users.csv: permission denied: this user may not read it");
    }
}
