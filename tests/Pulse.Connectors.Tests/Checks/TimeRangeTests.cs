using Pulse.Connectors.Mapped;
using Pulse.Connectors.Mattermost;
using Pulse.Connectors.Slack;
using Pulse.Connectors.StackExchange;
using Pulse.Connectors.Teams;
using Pulse.Connectors.Yammer;

namespace Pulse.Connectors.Tests.Checks;

/// <summary>
/// Every reader refuses a time before 1990-01-01 or after tomorrow, naming the file, the line and
/// the field as the export calls it. The clock is fixed at 2025-06-01 00:00 UTC (<see cref="FixedClock"/>),
/// so "tomorrow" ends at 2025-06-02 00:00 UTC. Epoch values were computed apart from Pulse
/// (python3 datetime): 600000000 s is 1989-01-05 10:40 UTC; 1748908800000 ms is 2025-06-03 00:00 UTC.
/// </summary>
public sealed class TimeRangeTests : IDisposable
{
    private const string YammerHeader = "id,thread_id,group_id,sender_id,body,created_at\r\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Yammer_refuses_a_message_one_second_before_1990()
    {
        _temp.Write("export/Messages.csv", YammerHeader + "1,1,,7,Oud,1990-01-01T00:00:00Z\r\n2,2,,7,Te oud,1989-12-31T23:59:59Z\r\n");

        var error = await ConnectorRuns.RefusedAsync(new YammerExportReader(FixedClock.Options), _temp.File("export"));

        error.File.ShouldBe("export/Messages.csv");
        error.Line.ShouldBe(3);
        error.Field.ShouldBe("created_at");
        error.Problem.ShouldStartWith("1989-12-31 23:59:59 UTC is outside the plausible range");
    }

    [Fact]
    public async Task Yammer_accepts_the_first_moment_of_1990_and_the_last_of_tomorrow()
    {
        _temp.Write("export/Messages.csv", YammerHeader + "1,1,,7,Oud,1990-01-01T00:00:00Z\r\n2,2,,7,Morgen,2025-06-02T00:00:00Z\r\n");

        var sink = await ConnectorRuns.ReadAsync(new YammerExportReader(FixedClock.Options), _temp.File("export"));

        sink.Messages.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Yammer_refuses_a_message_just_after_tomorrow()
    {
        _temp.Write("export/Messages.csv", YammerHeader + "1,1,,7,Toekomst,2025-06-02T00:00:01Z\r\n");

        var error = await ConnectorRuns.RefusedAsync(new YammerExportReader(FixedClock.Options), _temp.File("export"));

        error.Line.ShouldBe(2);
        error.Field.ShouldBe("created_at");
    }

    [Fact]
    public async Task Yammer_refuses_a_join_date_out_of_range_in_users_csv()
    {
        _temp.Write("export/Users.csv", "id,name,joined_at\r\n7,Anna,1970-01-01T00:00:00Z\r\n");
        _temp.Write("export/Messages.csv", YammerHeader);

        var error = await ConnectorRuns.RefusedAsync(new YammerExportReader(FixedClock.Options), _temp.File("export"));

        (error.File, error.Line, error.Field).ShouldBe(("export/Users.csv", 2L, "joined_at"));
    }

    [Fact]
    public async Task Slack_refuses_a_ts_in_1989()
    {
        _temp.Write("slack/channels.json", """[{"id": "C1", "name": "general"}]""");
        _temp.Write("slack/general/2024-05-01.json", "[\n{\"type\": \"message\", \"user\": \"U1\", \"ts\": \"1714550400.000100\", \"text\": \"goed\"},\n{\"type\": \"message\", \"user\": \"U1\", \"ts\": \"600000000.000100\", \"text\": \"oud\"}\n]");

        var error = await ConnectorRuns.RefusedAsync(new SlackExportReader(FixedClock.Options), _temp.File("slack"));

        (error.File, error.Line, error.Field).ShouldBe(("slack/general/2024-05-01.json", 3L, "ts"));
    }

    [Fact]
    public async Task Teams_refuses_a_created_date_time_two_days_ahead()
    {
        var path = _temp.Write("graph.json", """
            {"value": [
              {"id": "1", "messageType": "message", "createdDateTime": "2025-06-03T00:00:00Z", "body": {"contentType": "text", "content": "later"}}
            ]}
            """);

        var error = await ConnectorRuns.RefusedAsync(new TeamsExportReader(FixedClock.Options), path);

        (error.File, error.Line, error.Field).ShouldBe(("graph.json", 2L, "createdDateTime"));
    }

    [Fact]
    public async Task Mattermost_refuses_a_create_at_two_days_ahead()
    {
        var path = _temp.Write("export.jsonl", "{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\",\"post\":{\"team\":\"t\",\"channel\":\"c\",\"user\":\"u\",\"message\":\"m\",\"create_at\":1748908800000}}\n");

        var error = await ConnectorRuns.RefusedAsync(new MattermostReader(FixedClock.Options), path);

        (error.File, error.Line, error.Field).ShouldBe(("export.jsonl", 2L, "post.create_at"));
    }

    [Fact]
    public async Task Stack_exchange_refuses_a_creation_date_in_1985()
    {
        _temp.Write("site/Posts.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n  <row Id=\"1\" PostTypeId=\"1\" CreationDate=\"1985-01-01T00:00:00.000\" Body=\"&lt;p&gt;Oud&lt;/p&gt;\" Title=\"Vraag\" />\n</posts>\n");

        var error = await ConnectorRuns.RefusedAsync(new StackExchangeReader(options: FixedClock.Options), _temp.File("site"));

        (error.File, error.Line, error.Field).ShouldBe(("site/Posts.xml", 3L, "CreationDate"));
    }

    [Fact]
    public async Task A_mapped_csv_refuses_an_edit_time_in_the_future_naming_its_column()
    {
        var mapping = ImportMapping.Parse("""{"id": "nr", "created": "gemaakt", "edited": "gewijzigd", "body": "tekst"}""");
        var path = _temp.Write("berichten.csv", "nr,gemaakt,gewijzigd,tekst\n1,2025-01-01 10:00,2030-01-01 10:00,hallo\n");

        var error = await ConnectorRuns.RefusedAsync(new MappedCsvReader(mapping, FixedClock.Options), path);

        (error.File, error.Line, error.Field).ShouldBe(("berichten.csv", 2L, "gewijzigd"));
    }

    [Fact]
    public async Task Slack_refuses_a_channel_created_beyond_the_calendar_instead_of_crashing()
    {
        _temp.Write("slack/channels.json", "[\n{\"id\": \"C1\", \"name\": \"general\", \"created\": 999999999999999}\n]");

        var error = await ConnectorRuns.RefusedAsync(new SlackExportReader(FixedClock.Options), _temp.File("slack"));

        (error.File, error.Line, error.Field).ShouldBe(("slack/channels.json", 2L, "created"));
    }
}
