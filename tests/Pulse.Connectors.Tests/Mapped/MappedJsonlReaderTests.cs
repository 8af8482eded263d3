using Pulse.Connectors.Mapped;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Mapped;

/// <summary>A synthetic JSONL export of an imaginary chat tool, read through a mapping.</summary>
public sealed class MappedJsonlReaderTests : IDisposable
{
    private static readonly ImportMapping Mapping = ImportMapping.Parse("""
        {
          "id": "id", "threadId": "thread.root", "parentId": "thread.parent", "group": "room.id", "groupName": "room.name",
          "authorId": "author.id", "authorName": "author.name", "authorEmail": "author.email",
          "created": "ts", "deleted": "deleted", "private": "direct", "body": "text", "likes": "reactions",
          "topics": "tags", "bot": "author.bot", "timestampFormat": "unix-ms"
        }
        """);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<RecordingSink> ReadAsync(string jsonl)
    {
        var path = _temp.Write("chat.jsonl", jsonl);
        var sink = new RecordingSink();
        await new MappedJsonlReader(Mapping).ReadAsync(path, sink, null, TestContext.Current.CancellationToken);
        return sink;
    }

    [Fact]
    public async Task Nested_properties_numbers_and_arrays_are_read_through_the_mapping()
    {
        var sink = await ReadAsync("""
            {"id": 100, "thread": {"root": 100}, "room": {"id": "r1", "name": "Algemeen"}, "author": {"id": 7, "name": "Anna", "email": "anna@example.org", "bot": false}, "ts": 1714550400000, "text": "Hallo", "reactions": 2, "tags": ["welkom", "intro"]}

            {"id": 101, "thread": {"root": 100, "parent": 100}, "room": {"id": "r1"}, "author": {"id": 8, "bot": true}, "ts": 1714550460000, "text": "Beep", "deleted": true}
            {"id": 102, "author": {"id": 7}, "ts": 1714550500000, "text": "Privé", "direct": "yes"}
            """);

        var first = sink.Messages["100"];
        first.ShouldBe(new Message("100", "100", null, "r1", "7", DateTimeOffset.FromUnixTimeMilliseconds(1714550400000), null, null, false, MessageKind.Post, "Hallo", 2, false, first.Topics));
        first.Topics.ShouldBe(["welkom", "intro"]);
        sink.Groups["r1"].Name.ShouldBe("Algemeen");
        sink.Accounts["7"].Email.ShouldBe("anna@example.org");
        var reply = sink.Messages["101"];
        reply.ParentExternalId.ShouldBe("100");
        reply.Kind.ShouldBe(MessageKind.Bot);
        reply.DeletedAt.ShouldBe(reply.CreatedAt);
        sink.Messages["102"].IsPrivate.ShouldBeTrue();
    }

    [Fact]
    public async Task A_line_that_is_not_json_is_refused_with_its_line_number()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("{\"id\": 1, \"ts\": 1700000000000, \"text\": \"a\"}\n{\"id\": 2,\n"));

        error.File.ShouldBe("chat.jsonl");
        error.Line.ShouldBe(2);
    }

    [Fact]
    public async Task A_line_that_is_not_an_object_is_refused()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("[1, 2]\n"));

        error.Problem.ShouldBe("the line is not a JSON object");
    }

    [Fact]
    public async Task A_missing_creation_time_names_the_property()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("{\"id\": 1, \"text\": \"a\"}\n"));

        error.Line.ShouldBe(1);
        error.Field.ShouldBe("ts");
    }

    [Fact]
    public async Task An_object_where_text_is_expected_is_refused()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("{\"id\": {\"x\": 1}, \"ts\": 1, \"text\": \"a\"}\n"));

        error.Field.ShouldBe("id");
    }
}
