using Pulse.Connectors.Teams;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Teams;

/// <summary>
/// The real Graph response in ../shared/data/pnp-cli-m365-response-examples, and a synthetic Teams
/// data export (written here, PascalCase as the real export in formats.md §4.2; invented people).
/// </summary>
public sealed class TeamsExportReaderTests : IDisposable
{
    private const string General = "19:general@thread.tacv2";
    private const string Secret = "19:secret@thread.tacv2";
    private const string Board = "19:board@thread.tacv2";
    private const string Chat = "19:chat-anna-bram@thread.v2";
    private readonly TempFolder _temp = new();

    public TeamsExportReaderTests()
    {
        _temp.Write("TeamsDataExport/users/usersList.json", """
            [
              {"Id": "U1", "DisplayName": "Anna de Vries", "Mail": "anna@example.org", "JobTitle": "Adviseur", "Department": "Communicatie", "OfficeLocation": "Utrecht"},
              {"Id": "U2", "DisplayName": "Bram Jansen", "Mail": null, "UserPrincipalName": "bram@example.org", "AccountEnabled": false}
            ]
            """);
        _temp.Write("TeamsDataExport/teams/teamsList.json", """
            [
              {"Name": "Kennisdeling", "Privacy": "Public", "GroupsId": "T1"},
              {"Name": "Bestuur", "Privacy": "Private", "GroupsId": "T2"}
            ]
            """);
        _temp.Write("TeamsDataExport/teams/T1/channels_T1.json", $$$"""
            [
              {"Id": "{{{General}}}", "CreatedDateTime": "2025-01-01T10:00:00Z", "DisplayName": "Algemeen", "Description": "Voor iedereen", "MembershipType": "standard"},
              {"Id": "{{{Secret}}}", "CreatedDateTime": "2025-01-02T10:00:00+01:00", "DisplayName": "Geheim", "MembershipType": "private"}
            ]
            """);
        _temp.Write("TeamsDataExport/teams/T1/messages_T1.json", $$$"""
            [
              {"Id": "1000", "ReplyToId": null, "MessageType": "message", "CreatedDateTime": "2025-10-01T12:15:58.611+00:00",
               "Subject": "Vraag", "Body": {"ContentType": "html", "Content": "<p><at id=\"0\">Bram</at>&nbsp;<at id=\"1\">Jansen</at>, weet jij dit?</p>"},
               "From": {"User": {"Id": "U1", "DisplayName": "Anna de Vries"}}, "ChannelIdentity": {"TeamId": "T1", "ChannelId": "{{{General}}}"},
               "Reactions": [{"ReactionType": "like"}, {"ReactionType": "custom"}], "Attachments": [{"Id": "a1"}, {"Id": "a2"}]},
              {"Id": "1001", "ReplyToId": "1000", "MessageType": "message", "CreatedDateTime": "2025-10-01T13:00:00+02:00", "LastEditedDateTime": "2025-10-01T11:05:00Z",
               "Body": {"ContentType": "text", "Content": "Ja,  dat   weet ik."},
               "From": {"User": {"Id": "U2", "DisplayName": "Bram Jansen"}}, "ChannelIdentity": {"TeamId": "T1", "ChannelId": "{{{General}}}"}},
              {"Id": "1002", "MessageType": "unknownFutureValue", "CreatedDateTime": "2025-10-01T12:16:00Z",
               "Body": {"ContentType": "html", "Content": "<systemEventMessage/>"}, "From": null, "ChannelIdentity": {"TeamId": "T1", "ChannelId": "{{{General}}}"}},
              {"Id": "1003", "ReplyToId": "1000", "MessageType": "message", "CreatedDateTime": "2025-10-01T12:20:00Z", "DeletedDateTime": "2025-10-01T12:25:00Z",
               "Body": {"ContentType": "html", "Content": ""}, "From": {"User": {"Id": "U3", "DisplayName": "Chantal Bakker"}}, "ChannelIdentity": {"TeamId": "T1", "ChannelId": "{{{General}}}"}},
              {"Id": "1004", "MessageType": "message", "CreatedDateTime": "2025-10-01T12:30:00Z",
               "Body": {"ContentType": "html", "Content": "<p>Build geslaagd</p>"}, "From": {"Application": {"Id": "APP1", "DisplayName": "Pipeline"}}, "ChannelIdentity": {"TeamId": "T1", "ChannelId": "{{{General}}}"}},
              {"Id": "1000", "MessageType": "message", "CreatedDateTime": "2025-10-01T12:15:58.611+00:00",
               "Body": {"ContentType": "html", "Content": "<p>Zelfde id, ander kanaal</p>"}, "From": {"User": {"Id": "U1"}}, "ChannelIdentity": {"TeamId": "T1", "ChannelId": "{{{Secret}}}"}}
            ]
            """);
        _temp.Write("TeamsDataExport/teams/T1/teamMembers_T1.json", """[{"DisplayName": "Anna de Vries", "Role": "owner"}]""");
        _temp.Write("TeamsDataExport/teams/T1/teamInstalledApps_T1.json", """[{"TeamsApp": {"DisplayName": "Polls"}}]""");
        _temp.Write("TeamsDataExport/teams/T2/channels_T2.json", $$$"""[{"Id": "{{{Board}}}", "DisplayName": "Algemeen", "MembershipType": "standard"}]""");
        _temp.Write("TeamsDataExport/teams/T2/messages_T2.json", $$$"""
            [{"Id": "2000", "MessageType": "message", "CreatedDateTime": "2025-10-02T08:00:00Z", "Body": {"ContentType": "html", "Content": "<p>Agenda</p>"},
              "From": {"User": {"Id": "U1"}}, "ChannelIdentity": {"TeamId": "T2", "ChannelId": "{{{Board}}}"}}]
            """);
        var chat = $$$"""
            [{"Id": "3000", "MessageType": "message", "CreatedDateTime": "2025-10-03T08:00:00Z", "Body": {"ContentType": "html", "Content": "<p>Hoi Bram</p>"},
              "From": {"User": {"Id": "U1"}}, "ChannelIdentity": null, "ChatId": "{{{Chat}}}"}]
            """;
        _temp.Write("TeamsDataExport/users/U1/messages_U1.json", chat);
        _temp.Write("TeamsDataExport/users/U2/messages_U2.json", chat);
        _temp.Write("TeamsDataExport/users/U1/meetings_U1.json", """[{"Subject": "Overleg"}]""");
        _temp.Write("TeamsDataExport/graph/replies.json", $$$"""
            {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chatMessages", "@odata.count": 1,
             "value": [{"id": "1005", "replyToId": "1000", "messageType": "message", "createdDateTime": "2025-10-01T14:00:00Z",
                        "body": {"contentType": "html", "content": "<div>Via Graph &amp; camelCase</div>"},
                        "from": {"user": {"id": "U2", "displayName": "Bram Jansen"}}, "channelIdentity": {"teamId": "T1", "channelId": "{{{General}}}"}}]}
            """);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<RecordingSink> ReadExportAsync()
    {
        var sink = new RecordingSink();
        await new TeamsExportReader().ReadAsync(_temp.File("TeamsDataExport"), sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task The_real_graph_channel_message_is_read_field_for_field()
    {
        var path = SharedData.PathOrSkip("pnp-cli-m365-response-examples", "teams-channel-message-get.json");
        var sink = new RecordingSink();

        await new TeamsExportReader().ReadAsync(path, sink, null, TestContext.Current.CancellationToken);

        var message = sink.Messages.Values.ShouldHaveSingleItem();
        message.ExternalId.ShouldBe("19:e2916df2b11046beba42d22da898383f@thread.tacv2:1540747442203");
        message.IsThreadStarter.ShouldBeTrue();
        message.GroupExternalId.ShouldBe("19:e2916df2b11046beba42d22da898383f@thread.tacv2");
        message.AuthorExternalId.ShouldBe("78ccf530-bbf0-47e4-aae6-da5f8c6fb142");
        message.CreatedAt.ShouldBe(new DateTimeOffset(2022, 10, 26, 15, 52, 0, 731, TimeSpan.Zero));
        message.EditedAt.ShouldBe(new DateTimeOffset(2022, 10, 26, 15, 53, 2, 288, TimeSpan.Zero));
        message.DeletedAt.ShouldBeNull();
        message.Body.ShouldBe("Second message Title\n\nsecond message!");
        message.Kind.ShouldBe(MessageKind.Post);
        message.IsPrivate.ShouldBeFalse();
        message.Likes.ShouldBe(0);
        sink.Accounts["78ccf530-bbf0-47e4-aae6-da5f8c6fb142"].Name.ShouldBe("John Doe");
    }

    [Fact]
    public async Task Users_teams_and_channels_of_the_export_become_accounts_and_groups()
    {
        var sink = await ReadExportAsync();

        sink.Accounts["U1"].ShouldBe(new Account("U1", "Anna de Vries", "anna@example.org", "Communicatie", "Adviseur", "Utrecht", AccountState.Active, false, null));
        sink.Accounts["U2"].Email.ShouldBe("bram@example.org");
        sink.Accounts["U2"].State.ShouldBe(AccountState.Suspended);
        sink.Groups[General].ShouldBe(new Group(General, "Kennisdeling / Algemeen", "Voor iedereen", false, new DateTimeOffset(2025, 1, 1, 10, 0, 0, TimeSpan.Zero)));
        sink.Groups[Secret].IsPrivate.ShouldBeTrue(); // private channel
        sink.Groups[Board].IsPrivate.ShouldBeTrue(); // standard channel of a private team
    }

    [Fact]
    public async Task A_reply_points_at_its_root_in_the_same_channel()
    {
        var sink = await ReadExportAsync();

        var reply = sink.Messages[General + ":1001"];
        reply.ThreadExternalId.ShouldBe(General + ":1000");
        reply.ParentExternalId.ShouldBe(General + ":1000");
        reply.CreatedAt.ShouldBe(new DateTimeOffset(2025, 10, 1, 11, 0, 0, TimeSpan.Zero));
        reply.EditedAt.ShouldBe(new DateTimeOffset(2025, 10, 1, 11, 5, 0, TimeSpan.Zero));
        reply.Body.ShouldBe("Ja, dat weet ik.");
    }

    [Fact]
    public async Task Html_bodies_become_text_with_mentions_as_names_and_reactions_count_as_likes()
    {
        var sink = await ReadExportAsync();

        var root = sink.Messages[General + ":1000"];
        root.Body.ShouldBe("Vraag\n\nBram Jansen, weet jij dit?");
        root.Likes.ShouldBe(2);
        sink.SkippedOf("attachment").ShouldBe(2);
    }

    [Fact]
    public async Task System_events_deletions_and_apps_are_recognised()
    {
        var sink = await ReadExportAsync();

        sink.Messages[General + ":1002"].Kind.ShouldBe(MessageKind.System);
        sink.Messages[General + ":1002"].AuthorExternalId.ShouldBeNull();
        sink.Messages[General + ":1003"].DeletedAt.ShouldBe(new DateTimeOffset(2025, 10, 1, 12, 25, 0, TimeSpan.Zero));
        sink.Messages[General + ":1004"].Kind.ShouldBe(MessageKind.Bot);
        sink.Accounts["APP1"].IsBot.ShouldBeTrue();
        sink.Accounts["U3"].Name.ShouldBe("Chantal Bakker"); // not in usersList.json, named by the message
    }

    [Fact]
    public async Task The_same_id_in_two_channels_gives_two_messages()
    {
        var sink = await ReadExportAsync();

        sink.Messages[Secret + ":1000"].Body.ShouldBe("Zelfde id, ander kanaal");
        sink.Messages[General + ":1000"].Body.ShouldStartWith("Vraag");
    }

    [Fact]
    public async Task Chats_are_private_and_a_chat_in_two_users_files_is_one_message()
    {
        var sink = await ReadExportAsync();

        var chat = sink.Messages[Chat + ":3000"];
        chat.IsPrivate.ShouldBeTrue();
        chat.GroupExternalId.ShouldBeNull();
        sink.Messages.Keys.Count(k => k.StartsWith(Chat, StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task A_camel_case_graph_page_in_the_folder_is_read_too()
    {
        var sink = await ReadExportAsync();

        var reply = sink.Messages[General + ":1005"];
        reply.ParentExternalId.ShouldBe(General + ":1000");
        reply.Body.ShouldBe("Via Graph & camelCase");
        sink.Messages.Count.ShouldBe(9); // six in T1, one in T2, one chat, one Graph reply
    }

    [Fact]
    public async Task A_message_without_creation_time_names_its_line()
    {
        _temp.Write("TeamsDataExport/teams/T2/messages_T2.json", "[\n {\"Id\": \"1\", \"Body\": {\"Content\": \"x\"}},\n {\"Id\": \"2\"}\n]");

        var error = await Should.ThrowAsync<ImportException>(ReadExportAsync);

        error.File.ShouldBe("TeamsDataExport/teams/T2/messages_T2.json");
        error.Line.ShouldBe(2);
        error.Field.ShouldBe("createdDateTime");
    }

    [Fact]
    public async Task A_malformed_date_names_its_line_and_property()
    {
        _temp.Write("TeamsDataExport/teams/T2/messages_T2.json", "[\n {\"Id\": \"1\",\n  \"CreatedDateTime\": \"gisteren\"}\n]");

        var error = await Should.ThrowAsync<ImportException>(ReadExportAsync);

        error.Line.ShouldBe(3);
        error.Field.ShouldBe("CreatedDateTime");
    }

    [Fact]
    public async Task A_sender_missing_from_the_user_list_is_not_counted_as_an_active_account()
    {
        var sink = await ReadExportAsync();

        // U3 writes message 1003 but is not in usersList.json; APP1 is an app, not a person.
        sink.Accounts["U3"].State.ShouldBe(AccountState.Unknown);
        sink.Accounts["U1"].State.ShouldBe(AccountState.Active);
        sink.Accounts["APP1"].State.ShouldBe(AccountState.Active);
    }

    [Fact]
    public async Task Without_a_user_list_the_senders_of_graph_messages_stay_active()
    {
        var path = _temp.Write("graph.json", """
            [{"id": "1", "messageType": "message", "createdDateTime": "2025-01-01T10:00:00Z", "body": {"contentType": "text", "content": "hoi"},
              "from": {"user": {"id": "U9", "displayName": "Dirk"}}, "channelIdentity": {"teamId": "T", "channelId": "C"}}]
            """);

        var sink = await ConnectorRuns.ReadAsync(new TeamsExportReader(), path);

        sink.Accounts["U9"].State.ShouldBe(AccountState.Active);
    }

    [Fact]
    public async Task A_custom_emoji_keeps_its_name_in_the_body()
    {
        var path = _temp.Write("emoji.json", """
            [{"id": "1", "messageType": "message", "createdDateTime": "2025-01-01T10:00:00Z",
              "body": {"contentType": "html", "content": "<p>Top <customemoji id=\"x\" alt=\"partyparrot\" source=\"https://example.org/e.png\"></customemoji></p>"},
              "channelIdentity": {"teamId": "T", "channelId": "C"}}]
            """);

        var sink = await ConnectorRuns.ReadAsync(new TeamsExportReader(), path);

        sink.Messages["C:1"].Body.ShouldBe("Top partyparrot");
    }
}
