using Pulse.Connectors.HrDirectory;
using Pulse.Connectors.Mapped;
using Pulse.Connectors.Mattermost;
using Pulse.Connectors.Slack;
using Pulse.Connectors.StackExchange;
using Pulse.Connectors.Yammer;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Checks;

/// <summary>
/// NUL characters, counts too large for a count, and text over <see cref="FieldLimits"/> are refused
/// with the file, the line and the field, never passed on to the database or thrown as an
/// OverflowException. int.MaxValue is 2147483647.
/// </summary>
public sealed class FieldContentTests : IDisposable
{
    private const string YammerHeader = "id,thread_id,group_id,sender_id,body,created_at\r\n";
    private static readonly ImportMapping Mapping = ImportMapping.Parse("""{"id": "nr", "created": "gemaakt", "body": "tekst", "likes": "likes"}""");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_nul_character_in_a_yammer_body_is_refused()
    {
        _temp.Write("export/Messages.csv", YammerHeader + "1,1,,7,\"voor\0na\",2024-01-01T00:00:00Z\r\n");

        var error = await ConnectorRuns.RefusedAsync(new YammerExportReader(), _temp.File("export"));

        (error.File, error.Line, error.Field).ShouldBe(("export/Messages.csv", 2L, "body"));
        error.Problem.ShouldContain("NUL character (U+0000)");
    }

    [Fact]
    public async Task A_nul_escape_in_a_mattermost_message_is_refused()
    {
        var path = _temp.Write("export.jsonl", "{\"type\":\"post\",\"post\":{\"team\":\"t\",\"channel\":\"c\",\"user\":\"u\",\"message\":\"a\\u0000b\",\"create_at\":1700000000000}}\n");

        var error = await ConnectorRuns.RefusedAsync(new MattermostReader(), path);

        (error.Line, error.Field).ShouldBe((1L, "post.message"));
    }

    [Fact]
    public async Task A_nul_in_a_slack_user_name_is_refused()
    {
        _temp.Write("slack/users.json", "[{\"id\": \"U1\", \"real_name\": \"An\\u0000na\"}]");

        var error = await ConnectorRuns.RefusedAsync(new SlackExportReader(), _temp.File("slack"));

        (error.File, error.Line, error.Field).ShouldBe(("slack/users.json", 1L, "real_name"));
    }

    [Fact]
    public async Task Likes_of_twenty_nines_are_refused_as_too_large_not_an_overflow()
    {
        var path = _temp.Write("berichten.csv", "nr,gemaakt,tekst,likes\n1,2024-01-01,hallo,99999999999999999999\n");

        var error = await ConnectorRuns.RefusedAsync(new MappedCsvReader(Mapping), path);

        (error.File, error.Line, error.Field).ShouldBe(("berichten.csv", 2L, "likes"));
        error.Problem.ShouldBe("99999999999999999999 is too large for a count (at most 2147483647)");
    }

    [Fact]
    public async Task Likes_one_over_the_largest_count_are_refused_and_the_largest_count_is_kept()
    {
        var path = _temp.Write("berichten.csv", "nr,gemaakt,tekst,likes\n1,2024-01-01,hallo,2147483647\n2,2024-01-01,hallo,2147483648\n");

        var error = await ConnectorRuns.RefusedAsync(new MappedCsvReader(Mapping), path);

        error.Line.ShouldBe(3);
        var kept = await ConnectorRuns.ReadAsync(new MappedCsvReader(Mapping), _temp.Write("een.csv", "nr,gemaakt,tekst,likes\n1,2024-01-01,hallo,2147483647\n"));
        kept.Messages["1"].Likes.ShouldBe(int.MaxValue);
    }

    [Fact]
    public async Task Slack_reactions_adding_up_past_the_largest_count_are_refused_not_an_overflow()
    {
        // 2147483647 + 1 = 2147483648, one more than an int holds.
        _temp.Write("slack/channels.json", """[{"id": "C1", "name": "general"}]""");
        _temp.Write("slack/general/2024-05-01.json", """[{"type": "message", "user": "U1", "ts": "1714550400.000100", "text": "x", "reactions": [{"name": "a", "count": 2147483647}, {"name": "b", "count": 1}]}]""");

        var error = await ConnectorRuns.RefusedAsync(new SlackExportReader(), _temp.File("slack"));

        (error.Line, error.Field).ShouldBe((1L, "reactions"));
    }

    [Fact]
    public async Task A_stack_exchange_score_beyond_a_count_is_refused_as_too_large()
    {
        _temp.Write("site/Posts.xml", "<posts>\n<row Id=\"1\" PostTypeId=\"1\" CreationDate=\"2020-01-01T00:00:00\" Score=\"99999999999999999999\" Body=\"x\" />\n</posts>");

        var error = await ConnectorRuns.RefusedAsync(new StackExchangeReader(), _temp.File("site"));

        (error.Line, error.Field).ShouldBe((2L, "Score"));
        error.Problem.ShouldStartWith("99999999999999999999 is too large");
    }

    [Fact]
    public async Task A_body_one_character_over_the_limit_is_refused_naming_the_limit_and_one_at_the_limit_is_kept()
    {
        var atLimit = new string('a', 1_000_000);
        _temp.Write("ok/Messages.csv", YammerHeader + "1,1,,7," + atLimit + ",2024-01-01T00:00:00Z\r\n");
        _temp.Write("long/Messages.csv", YammerHeader + "1,1,,7," + atLimit + "b,2024-01-01T00:00:00Z\r\n");

        var sink = await ConnectorRuns.ReadAsync(new YammerExportReader(), _temp.File("ok"));
        var error = await ConnectorRuns.RefusedAsync(new YammerExportReader(), _temp.File("long"));

        sink.Messages["1"].Body.Length.ShouldBe(1_000_000);
        (error.Line, error.Field).ShouldBe((2L, "body"));
        error.Problem.ShouldBe("the text is 1,000,001 characters long, over the limit of 1,000,000 for this field");
    }

    [Fact]
    public async Task An_id_of_513_characters_is_refused()
    {
        var path = _temp.Write("berichten.csv", "nr,gemaakt,tekst,likes\n" + new string('9', 513) + ",2024-01-01,hallo,0\n");

        var error = await ConnectorRuns.RefusedAsync(new MappedCsvReader(Mapping), path);

        (error.Line, error.Field).ShouldBe((2L, "nr"));
        error.Problem.ShouldContain("over the limit of 512");
    }

    [Fact]
    public async Task A_directory_email_of_321_characters_is_refused_naming_the_column_as_written()
    {
        // 64 + 1 + 256 = 321 characters, one over RFC 5321's 320.
        var address = new string('a', 64) + "@" + new string('b', 252) + ".org";
        var path = _temp.Write("hr.csv", "E-mail,department,manager,target_group\n" + address + ",IT,nee,ja\n");

        var error = await Should.ThrowAsync<ImportException>(() => DirectoryReader.ReadAsync(path, TestContext.Current.CancellationToken));

        (error.Line, error.Field).ShouldBe((2L, "E-mail"));
        error.Problem.ShouldContain("over the limit of 320");
    }

    [Fact]
    public async Task A_directory_with_a_header_and_no_rows_is_an_empty_list()
    {
        var path = _temp.Write("hr.csv", "email;department;manager;target_group\r\n");

        var entries = await DirectoryReader.ReadAsync(path, TestContext.Current.CancellationToken);

        entries.ShouldBeEmpty();
    }
}
