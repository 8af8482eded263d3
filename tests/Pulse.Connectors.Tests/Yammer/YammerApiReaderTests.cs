using Pulse.Connectors.Yammer;
using Pulse.Monitoring.Import;
using Pulse.Monitoring.Model;

namespace Pulse.Connectors.Tests.Yammer;

/// <summary>
/// The REST API reader on the documented response in ../shared/data and on the synthetic page in
/// Fixtures/yammer-api (see Fixtures/README.md); every expected value is read off the JSON by hand.
/// </summary>
public sealed class YammerApiReaderTests
{
    private static YammerApiPage Fixture() =>
        YammerApiReader.Read(File.ReadAllBytes(SharedData.Fixture("yammer-api", "messages.json")), "messages.json");

    [Fact]
    public void The_documented_single_message_reads_as_a_public_post_in_its_group()
    {
        var path = SharedData.PathOrSkip("pnp-cli-m365-response-examples", "viva-engage-message-get.json");

        var page = YammerApiReader.Read(File.ReadAllBytes(path), "viva-engage-message-get.json");

        var message = page.Messages.ShouldHaveSingleItem();
        message.ExternalId.ShouldBe("2000337749565441");
        message.ThreadExternalId.ShouldBe("2000337749565441");
        message.IsThreadStarter.ShouldBeTrue();
        message.ParentExternalId.ShouldBeNull();
        message.GroupExternalId.ShouldBe("31158067201");
        message.AuthorExternalId.ShouldBe("36425097217");
        message.CreatedAt.ShouldBe(new DateTimeOffset(2022, 11, 11, 21, 0, 20, TimeSpan.Zero));
        message.Kind.ShouldBe(MessageKind.Post);
        message.IsPrivate.ShouldBeFalse();
        message.Body.ShouldBe("Hello everyone!");
        message.Likes.ShouldBe(0);
        page.NewestId.ShouldBe(2000337749565441);
        page.OlderAvailable.ShouldBeFalse();
        // A group known only from the message: its id stands in for its name.
        page.Groups.ShouldHaveSingleItem().ShouldBe(new Group("31158067201", "31158067201", null, false, null));
    }

    [Fact]
    public void References_become_accounts_groups_and_topics()
    {
        var page = Fixture();

        page.Accounts.Count.ShouldBe(3);
        page.Accounts[0].ShouldBe(new Account("11", "Anna de Vries", "anna@example.org", "Communicatie", "Adviseur", "Lindeloo", AccountState.Active, false,
            new DateTimeOffset(2024, 1, 15, 8, 0, 0, TimeSpan.Zero)));
        page.Accounts[1].Email.ShouldBe("bram@example.org");
        page.Accounts[2].IsBot.ShouldBeTrue();
        page.Groups.Select(g => (g.ExternalId, g.Name, g.IsPrivate)).ShouldBe([("501", "Iedereen", false), ("502", "Verhuizing", true)]);
        page.Topics.ShouldBe([new Topic("701", "verhuizing")]);
    }

    [Fact]
    public void Messages_map_as_the_exports_rows_do()
    {
        var page = Fixture();
        var byId = page.Messages.ToDictionary(m => m.ExternalId);

        byId.Count.ShouldBe(5);
        var reply = byId["105"];
        (reply.ThreadExternalId, reply.ParentExternalId, reply.GroupExternalId, reply.AuthorExternalId).ShouldBe(("101", "101", "501", "11"));
        reply.Body.ShouldBe("Thanks Bram Visser!");
        reply.Kind.ShouldBe(MessageKind.Post);

        byId["104"].Kind.ShouldBe(MessageKind.System);
        byId["103"].Kind.ShouldBe(MessageKind.Bot);

        var direct = byId["102"];
        direct.IsPrivate.ShouldBeTrue();
        direct.GroupExternalId.ShouldBeNull();
        direct.Body.ShouldBe("Lunch today?");

        var starter = byId["101"];
        starter.IsThreadStarter.ShouldBeTrue();
        starter.Body.ShouldBe("Plans for #verhuizing in Verhuizing");
        starter.Topics.ShouldBe(["verhuizing"]);
        starter.Likes.ShouldBe(3);
        starter.IsPrivate.ShouldBeFalse();
    }

    [Fact]
    public void Paging_facts_come_from_meta_and_the_ids()
    {
        var page = Fixture();

        page.OlderAvailable.ShouldBeTrue();
        page.NewestId.ShouldBe(105);
        page.OldestId.ShouldBe(101);
        page.Attachments.ShouldBe(1);
    }

    [Fact]
    public void Only_posts_by_people_count_system_and_bot_messages_do_not()
    {
        var page = Fixture();

        // 101, 102 (private, but a post), 105 are posts; 103 a bot's, 104 a system event.
        page.Messages.Where(m => m.Kind == MessageKind.Post).Select(m => m.ExternalId).Order(StringComparer.Ordinal).ShouldBe(["101", "102", "105"]);
    }

    [Fact]
    public async Task The_connector_pushes_each_message_once_across_pages()
    {
        var page = Fixture();
        var sink = new RecordingSink();

        await new YammerApiConnector([page, page]).ReadAsync("poll", sink, null, TestContext.Current.CancellationToken);

        sink.MessagePushes.ShouldBe(5);
        sink.Messages.Count.ShouldBe(5);
        sink.Accounts.Count.ShouldBe(3);
        sink.Skipped.Values.Sum().ShouldBe(2);
    }

    [Theory]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("{\"messages\": {}}", "expected an array")]
    [InlineData("{\"meta\": {}}", "neither messages nor a message id")]
    [InlineData("{\"messages\": [{\"id\": \"x1\", \"created_at\": \"2026/11/20 09:01:00 +0000\"}]}", "not an id")]
    [InlineData("{\"messages\": [{\"id\": 7, \"created_at\": \"20/11/2026\"}]}", "not a time")]
    [InlineData("{\"messages\": [{\"id\": 7, \"created_at\": \"2026/11/20 09:01:00 +0000\", \"replied_to_id\": 6}]}", "has no thread_id")]
    [InlineData("{\"messages\": [", "not valid JSON")]
    public void Malformed_responses_are_refused_naming_the_problem(string json, string problem)
    {
        var failure = Should.Throw<ImportException>(() => YammerApiReader.Read(System.Text.Encoding.UTF8.GetBytes(json), "page"));

        failure.Message.ShouldContain(problem);
    }
}
