using System.IO.Compression;
using Pulse.Connectors.Mattermost;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Mattermost;

/// <summary>
/// A synthetic Mattermost bulk export (written here, in the line shapes of the real exports that
/// formats.md §4.4 cites; invented people), deliberately out of the documented order.
/// </summary>
public sealed class MattermostReaderTests : IDisposable
{
    private const string Export = """
        {"type":"version","version":1,"info":{"generator":"mattermost-server","version":"11.1.0"}}
        {"type":"post","post":{"team":"kennis","channel":"vragen","user":"anna","message":"Wie weet hoe dit werkt? @bram","create_at":1700000000000,"edit_at":1700000100000,"reactions":[{"user":"bram","create_at":1700000200000,"emoji_name":"+1"},{"user":"chantal","create_at":1700000300000,"emoji_name":"tada"}],"replies":[{"user":"bram","message":"Ik!","create_at":1700000400000,"edit_at":0},{"user":"chantal","message":"Ik ook","create_at":1700000500000,"delete_at":1700000600000},{"user":"bram","message":"Nog een","create_at":1700000400000}],"attachments":[{"path":"data/a.pdf"}]}}
        {"type":"team","team":{"name":"kennis","display_name":"Kennisdeling","type":"O"}}
        {"type":"channel","channel":{"team":"kennis","name":"vragen","display_name":"Vragen","type":"O","purpose":"Stel je vraag"}}
        {"type":"channel","channel":{"team":"kennis","name":"mt","display_name":"MT","type":"P","purpose":""}}

        {"type":"post","post":{"team":"kennis","channel":"mt","user":"anna","message":"anna joined the channel.","type":"system_join_channel","create_at":1700001000000,"replies":null}}
        {"type":"post","post":{"team":"kennis","channel":"mt","user":"ci","message":"Build geslaagd","create_at":1700002000000,"props":{"from_bot":"true"}}}
        {"type":"post","post":{"team":"kennis","channel":"later","user":"bram","message":"Kanaal komt pas later","create_at":1700003000000}}
        {"type":"user","user":{"username":"anna","email":"anna@example.org","first_name":"Anna","last_name":"de Vries","nickname":"","position":"Adviseur","delete_at":0}}
        {"type":"user","user":{"username":"bram","email":"bram@example.org","first_name":"","last_name":"","nickname":"Bram","delete_at":1690000000000}}
        {"type":"bot","bot":{"username":"ci","display_name":"CI","owner":"anna"}}
        {"type":"direct_channel","direct_channel":{"members":["bram","anna"]}}
        {"type":"direct_post","direct_post":{"channel_members":["bram","anna"],"user":"bram","message":"Even privé","create_at":1700004000000,"replies":[{"user":"anna","message":"Prima","create_at":1700004100000}]}}
        {"type":"channel","channel":{"team":"kennis","name":"later","display_name":"Later","type":"O"}}
        {"type":"emoji","emoji":{"name":"party","image":"data/emoji/party.png"}}
        {"type":"mystery","mystery":{}}
        """;

    private const string Root = "kennis/vragen/anna/1700000000000";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<RecordingSink> ReadAsync(string jsonl = Export, string name = "export.jsonl")
    {
        var path = _temp.Write(name, jsonl);
        var sink = new RecordingSink();
        await new MattermostReader().ReadAsync(path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task A_root_post_gets_a_derived_id_and_its_nested_replies_point_at_it()
    {
        var sink = await ReadAsync();

        var root = sink.Messages[Root];
        root.IsThreadStarter.ShouldBeTrue();
        root.GroupExternalId.ShouldBe("kennis/vragen");
        root.AuthorExternalId.ShouldBe("anna");
        root.Body.ShouldBe("Wie weet hoe dit werkt? @bram");
        var reply = sink.Messages[Root + "/r/bram/1700000400000"];
        reply.ThreadExternalId.ShouldBe(Root);
        reply.ParentExternalId.ShouldBe(Root);
        reply.GroupExternalId.ShouldBe("kennis/vragen");
    }

    [Fact]
    public async Task Two_replies_by_one_person_in_the_same_millisecond_both_survive()
    {
        var sink = await ReadAsync();

        sink.Messages[Root + "/r/bram/1700000400000"].Body.ShouldBe("Ik!");
        sink.Messages[Root + "/r/bram/1700000400000#2"].Body.ShouldBe("Nog een");
    }

    [Fact]
    public async Task Milliseconds_become_times_and_edits_deletions_and_reactions_are_read()
    {
        var sink = await ReadAsync();

        var root = sink.Messages[Root];
        root.CreatedAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000));
        root.EditedAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1700000100000));
        root.Likes.ShouldBe(2);
        sink.Messages[Root + "/r/bram/1700000400000"].EditedAt.ShouldBeNull(); // edit_at 0 = never edited
        sink.Messages[Root + "/r/chantal/1700000500000"].DeletedAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1700000600000));
        sink.SkippedOf("attachment").ShouldBe(1);
    }

    [Fact]
    public async Task A_typed_post_is_a_system_message_and_a_bot_post_is_a_bot_message()
    {
        var sink = await ReadAsync();

        sink.Messages["kennis/mt/anna/1700001000000"].Kind.ShouldBe(MessageKind.System);
        sink.Messages["kennis/mt/ci/1700002000000"].Kind.ShouldBe(MessageKind.Bot);
        sink.Messages[Root].Kind.ShouldBe(MessageKind.Post);
        sink.Accounts["ci"].IsBot.ShouldBeTrue();
    }

    [Fact]
    public async Task Direct_posts_and_their_replies_are_private()
    {
        var sink = await ReadAsync();

        var direct = sink.Messages["direct/anna,bram/bram/1700004000000"];
        direct.IsPrivate.ShouldBeTrue();
        direct.GroupExternalId.ShouldBeNull();
        sink.Messages["direct/anna,bram/bram/1700004000000/r/anna/1700004100000"].IsPrivate.ShouldBeTrue();
        sink.Messages[Root].IsPrivate.ShouldBeFalse();
    }

    [Fact]
    public async Task Users_and_channels_are_read_whatever_their_order()
    {
        var sink = await ReadAsync();

        sink.Accounts["anna"].ShouldBe(new Account("anna", "Anna de Vries", "anna@example.org", null, "Adviseur", null, AccountState.Active, false, null));
        sink.Accounts["bram"].Name.ShouldBe("Bram");
        sink.Accounts["bram"].State.ShouldBe(AccountState.Deleted);
        sink.Groups["kennis/vragen"].ShouldBe(new Group("kennis/vragen", "Vragen", "Stel je vraag", false, null));
        sink.Groups["kennis/mt"].IsPrivate.ShouldBeTrue();
        sink.Groups["kennis/later"].Name.ShouldBe("Later"); // the placeholder pushed for the earlier post was replaced
        sink.SkippedOf("mattermost line").ShouldBe(1);
        sink.Messages.Count.ShouldBe(9); // a root with three replies, two in mt, one in later, a direct post with a reply
    }

    [Fact]
    public async Task The_export_can_be_given_as_the_zip_that_holds_it()
    {
        var zipPath = _temp.File("export.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("import.jsonl").Open());
            await writer.WriteAsync(Export);
        }

        var sink = new RecordingSink();
        await new MattermostReader().ReadAsync(zipPath, sink, null, TestContext.Current.CancellationToken);

        sink.Messages.Count.ShouldBe(9); // a root with three replies, two in mt, one in later, a direct post with a reply
    }

    [Fact]
    public async Task A_line_that_is_not_json_is_refused_with_its_line_number()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("{\"type\":\"version\",\"version\":1}\n\n{\"type\":\"post\",\"post\":{\"team\":\"kennis\"\n"));

        error.File.ShouldBe("export.jsonl");
        error.Line.ShouldBe(3);
    }

    [Fact]
    public async Task A_post_without_create_at_is_refused_naming_the_field()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync(
            "{\"type\":\"post\",\"post\":{\"team\":\"k\",\"channel\":\"c\",\"user\":\"u\",\"message\":\"m\",\"create_at\":1700000000000,\"replies\":[{\"user\":\"v\",\"message\":\"r\"}]}}\n"));

        error.Line.ShouldBe(1);
        error.Field.ShouldBe("post.replies[0].create_at");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_property()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("{\"type\":\"post\",\"post\":{\"create_at\":\"morgen\"}}\n"));

        error.Line.ShouldBe(1);
        error.Field.ShouldBe("post.create_at");
    }

    [Fact]
    public async Task Two_roots_by_one_person_in_the_same_millisecond_are_two_messages_with_stable_ids()
    {
        // As in a real Mattermost 11.1 export: the same user, channel and create_at, two texts.
        const string jsonl = """
            {"type":"version","version":1}
            {"type":"post","post":{"team":"k","channel":"c","user":"anna","message":"eerste","create_at":1700000000000}}
            {"type":"post","post":{"team":"k","channel":"c","user":"anna","message":"tweede","create_at":1700000000000,"replies":[{"user":"bram","message":"op tweede","create_at":1700000001000}]}}
            """;

        var first = await ReadAsync(jsonl);
        var again = await ReadAsync(jsonl);

        first.Messages["k/c/anna/1700000000000"].Body.ShouldBe("eerste");
        first.Messages["k/c/anna/1700000000000#2"].Body.ShouldBe("tweede");
        first.Messages["k/c/anna/1700000000000#2/r/bram/1700000001000"].ThreadExternalId.ShouldBe("k/c/anna/1700000000000#2");
        first.MessagePushes.ShouldBe(3);
        again.Snapshot().ShouldBe(first.Snapshot());
    }
}
