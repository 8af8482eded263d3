using Pulse.Connectors.Slack;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Slack;

/// <summary>
/// A synthetic Slack export (written here; invented people) with what the 2016 sample lacks:
/// threads, a thread broadcast, a tombstone, private channels, DMs and group DMs, system events.
/// </summary>
public sealed class SlackSyntheticExportTests : IDisposable
{
    private const string Parent = "1714550400.000100";
    private readonly TempFolder _export = new();

    public SlackSyntheticExportTests()
    {
        _export.Write("users.json", """
            [
              {"id": "U1", "name": "anna", "real_name": "Anna de Vries", "deleted": false, "is_bot": false, "profile": {"email": "anna@example.org", "title": "Adviseur", "display_name": "anna"}},
              {"id": "U2", "name": "bram", "deleted": true, "profile": {"real_name": "Bram Jansen", "display_name": ""}},
              {"id": "U3", "name": "chantal", "real_name": "Chantal Bakker"},
              {"id": "B9", "name": "deploybot", "real_name": "Deploy", "is_bot": true}
            ]
            """);
        _export.Write("channels.json", """[{"id": "C1", "name": "general", "created": 1714500000, "purpose": {"value": "Alles, voor iedereen"}}]""");
        _export.Write("groups.json", """[{"id": "G1", "name": "mt-overleg", "created": "1714500001"}]""");
        _export.Write("dms.json", """[{"id": "D1", "created": 1714500002, "members": ["U1", "U2"]}]""");
        _export.Write("mpims.json", """[{"id": "G2", "name": "mpdm-anna--bram--chantal-1", "created": 1714500003}]""");
        _export.Write("general/2024-05-01.json", $$"""
            [
              {"type": "message", "user": "U1", "ts": "{{Parent}}", "thread_ts": "{{Parent}}", "reply_count": 2,
               "text": "Vraag voor <@U2>: zie <#C1|general>, <#C1> en <https://example.org/a?b=1&amp;c=2|de wiki> &amp; <mailto:x@example.org|x@example.org> &lt;3 <!channel>"},
              {"type": "message", "user": "U2", "ts": "1714550460.000200", "thread_ts": "{{Parent}}", "parent_user_id": "U1", "text": "Antwoord",
               "reactions": [{"name": "+1", "users": ["U1", "U3"], "count": 2}, {"name": "heart", "users": ["U1"], "count": 1}]},
              {"type": "message", "subtype": "thread_broadcast", "user": "U3", "ts": "1714550520.000300", "thread_ts": "{{Parent}}", "text": "Ook voor het kanaal", "root": {"ts": "{{Parent}}"} },
              {"type": "message", "subtype": "channel_leave", "user": "U2", "ts": "1714550600.000400", "text": "<@U2> has left the channel"},
              {"type": "message", "subtype": "channel_topic", "user": "U1", "ts": "1714550610.000500", "text": "set the channel topic: Q2"},
              {"type": "message", "subtype": "channel_purpose", "user": "U1", "ts": "1714550620.000600", "text": "set the channel purpose: alles"},
              {"type": "message", "subtype": "tombstone", "user": "USLACKBOT", "ts": "1714551000.000100", "thread_ts": "1714551000.000100", "text": "This message was deleted.", "hidden": true},
              {"type": "message", "user": "U3", "ts": "1714551060.000200", "thread_ts": "1714551000.000100", "text": "Reactie op een verwijderd bericht"},
              {"type": "message", "bot_id": "B77", "username": "CI", "ts": "1714551100.000300", "text": "Build 42 geslaagd"},
              {"type": "message", "user": "U1", "ts": "1714551200.000400", "text": "Aangepast", "edited": {"user": "U1", "ts": "1714551260.000000"},
               "files": [{"id": "F1"}, {"id": "F2"}]}
            ]
            """);
        _export.Write("general/2024-05-02.json", $$"""
            [
              {"type": "message", "subtype": "thread_broadcast", "user": "U3", "ts": "1714550520.000300", "thread_ts": "{{Parent}}", "text": "Ook voor het kanaal", "root": {"ts": "{{Parent}}"} }
            ]
            """);
        _export.Write("mt-overleg/2024-05-01.json", """[{"type": "message", "user": "U1", "ts": "1714550400.000100", "text": "Agenda"}]""");
        _export.Write("D1/2024-05-01.json", """[{"type": "message", "user": "U1", "ts": "1714550400.000100", "text": "Hoi Bram"}]""");
        _export.Write("mpdm-anna--bram--chantal-1/2024-05-01.json", """[{"type": "message", "user": "U3", "ts": "1714550400.000100", "text": "Wie gaat er mee?"}]""");
        _export.Write("integration_logs.json", "[]");
    }

    public void Dispose() => _export.Dispose();

    private async Task<RecordingSink> ReadAsync()
    {
        var sink = new RecordingSink();
        await new SlackExportReader().ReadAsync(_export.Path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task A_reply_points_at_its_thread_parent()
    {
        var sink = await ReadAsync();

        var reply = sink.Messages["C1:1714550460.000200"];
        reply.ThreadExternalId.ShouldBe("C1:" + Parent);
        reply.ParentExternalId.ShouldBe("C1:" + Parent);
        reply.IsThreadStarter.ShouldBeFalse();
        sink.Messages["C1:" + Parent].IsThreadStarter.ShouldBeTrue();
    }

    [Fact]
    public async Task A_thread_broadcast_is_one_reply_even_when_it_appears_twice()
    {
        var sink = await ReadAsync();

        var broadcast = sink.Messages["C1:1714550520.000300"];
        broadcast.Kind.ShouldBe(MessageKind.Post);
        broadcast.ParentExternalId.ShouldBe("C1:" + Parent);
        sink.Messages.Values.Count(m => m.ThreadExternalId == "C1:" + Parent && !m.IsThreadStarter).ShouldBe(2);
    }

    [Fact]
    public async Task Reactions_are_summed_over_all_emoji()
    {
        var sink = await ReadAsync();

        sink.Messages["C1:1714550460.000200"].Likes.ShouldBe(3);
    }

    [Fact]
    public async Task Mrkdwn_becomes_plain_text_with_names()
    {
        var sink = await ReadAsync();

        sink.Messages["C1:" + Parent].Body.ShouldBe("Vraag voor Bram Jansen: zie #general, #general en de wiki & x@example.org <3 @channel");
    }

    [Fact]
    public async Task Leaves_and_topic_and_purpose_changes_are_system_events()
    {
        var sink = await ReadAsync();

        sink.Messages["C1:1714550600.000400"].Kind.ShouldBe(MessageKind.System);
        sink.Messages["C1:1714550610.000500"].Kind.ShouldBe(MessageKind.System);
        sink.Messages["C1:1714550620.000600"].Kind.ShouldBe(MessageKind.System);
    }

    [Fact]
    public async Task A_tombstone_is_a_deleted_starter_that_keeps_its_replies()
    {
        var sink = await ReadAsync();

        var tombstone = sink.Messages["C1:1714551000.000100"];
        tombstone.IsDeleted.ShouldBeTrue();
        tombstone.Body.ShouldBeEmpty();
        tombstone.AuthorExternalId.ShouldBeNull();
        sink.Messages["C1:1714551060.000200"].ParentExternalId.ShouldBe("C1:1714551000.000100");
    }

    [Fact]
    public async Task A_message_with_a_bot_id_is_a_bot_message_with_a_bot_account()
    {
        var sink = await ReadAsync();

        var bot = sink.Messages["C1:1714551100.000300"];
        bot.Kind.ShouldBe(MessageKind.Bot);
        bot.AuthorExternalId.ShouldBe("B77");
        sink.Accounts["B77"].IsBot.ShouldBeTrue();
        sink.Accounts["B77"].Name.ShouldBe("CI");
    }

    [Fact]
    public async Task Edits_and_files_are_read()
    {
        var sink = await ReadAsync();

        sink.Messages["C1:1714551200.000400"].EditedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1714551260));
        sink.SkippedOf("attachment").ShouldBe(2);
    }

    [Fact]
    public async Task Private_channels_are_private_groups_whose_messages_count()
    {
        var sink = await ReadAsync();

        sink.Groups["G1"].IsPrivate.ShouldBeTrue();
        sink.Groups["G1"].CreatedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1714500001));
        sink.Messages["G1:1714550400.000100"].IsPrivate.ShouldBeFalse();
        sink.Groups["C1"].Description.ShouldBe("Alles, voor iedereen");
    }

    [Fact]
    public async Task Direct_and_group_direct_messages_are_private_and_have_no_group()
    {
        var sink = await ReadAsync();

        sink.Groups.ContainsKey("D1").ShouldBeFalse();
        sink.Groups.ContainsKey("G2").ShouldBeFalse();
        sink.Messages["D1:1714550400.000100"].IsPrivate.ShouldBeTrue();
        sink.Messages["D1:1714550400.000100"].GroupExternalId.ShouldBeNull();
        sink.Messages["G2:1714550400.000100"].IsPrivate.ShouldBeTrue();
    }

    [Fact]
    public async Task The_same_ts_in_two_channels_gives_two_messages()
    {
        var sink = await ReadAsync();

        sink.Messages.Keys.Count(id => id.EndsWith(":" + Parent, StringComparison.Ordinal)).ShouldBe(4); // C1, G1, D1, G2
    }

    [Fact]
    public async Task Deleted_users_and_bots_are_marked()
    {
        var sink = await ReadAsync();

        sink.Accounts["U2"].State.ShouldBe(AccountState.Deleted);
        sink.Accounts["U2"].Name.ShouldBe("Bram Jansen");
        sink.Accounts["U1"].Email.ShouldBe("anna@example.org");
        sink.Accounts["B9"].IsBot.ShouldBeTrue();
    }

    [Fact]
    public async Task A_folder_not_listed_anywhere_is_refused()
    {
        _export.Write("onbekend/2024-05-01.json", "[]");

        var error = await Should.ThrowAsync<ImportException>(ReadAsync);

        error.File.ShouldEndWith("/onbekend/2024-05-01.json");
        error.Problem.ShouldContain("is not listed");
    }

    [Fact]
    public async Task A_bad_ts_names_the_line_of_its_message()
    {
        _export.Write("general/2024-05-03.json", "[\n  {\"type\": \"message\", \"ts\": \"1714550400.1\", \"text\": \"a\"},\n  {\"type\": \"message\",\n   \"ts\": \"gisteren\", \"text\": \"b\"}\n]");

        var error = await Should.ThrowAsync<ImportException>(ReadAsync);

        error.File.ShouldEndWith("/general/2024-05-03.json");
        error.Line.ShouldBe(3);
        error.Field.ShouldBe("ts");
    }

    [Fact]
    public async Task Broken_json_names_its_line()
    {
        _export.Write("general/2024-05-03.json", "[\n  {\"type\": \"message\", \"ts\": \"1714550400.1\"}\n  {\"type\": \"message\"}\n]");

        var error = await Should.ThrowAsync<ImportException>(ReadAsync);

        error.Line.ShouldBe(3);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_line_and_property()
    {
        _export.Write("general/2024-05-03.json", "[\n  {\"type\": \"message\", \"ts\": \"1714550400.1\",\n   \"reactions\": [{\"name\": \"x\", \"count\": \"veel\"}]}\n]");

        var error = await Should.ThrowAsync<ImportException>(ReadAsync);

        error.Line.ShouldBe(3);
        error.Field.ShouldBe("reactions[0].count");
    }
}
