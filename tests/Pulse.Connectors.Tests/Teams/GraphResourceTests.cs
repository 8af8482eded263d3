using Pulse.Connectors.Teams;

namespace Pulse.Connectors.Tests.Teams;

/// <summary>
/// Which Graph address a notification's resource leads the app token to: only a chatMessage's, in Graph's
/// key or slash form, every id escaped; anything else is not fetched.
/// </summary>
public sealed class GraphResourceTests
{
    [Theory]
    [InlineData("teams('t1')/channels('19:abc@thread.tacv2')/messages('1700000000001')", "teams/t1/channels/19%3Aabc%40thread.tacv2/messages/1700000000001")]
    [InlineData("/teams/t1/channels/19:abc@thread.tacv2/messages/1700000000001", "teams/t1/channels/19%3Aabc%40thread.tacv2/messages/1700000000001")]
    [InlineData("teams('t1')/channels('19:abc@thread.tacv2')/messages('17')/replies('18')", "teams/t1/channels/19%3Aabc%40thread.tacv2/messages/17/replies/18")]
    [InlineData("chats('19:a_b@unq.gbl.spaces')/messages('42')", "chats/19%3Aa_b%40unq.gbl.spaces/messages/42")]
    public void A_message_resource_becomes_its_escaped_v1_path(string resource, string path) =>
        GraphResource.Parse(resource)!.RelativePath.ShouldBe(path);

    [Fact]
    public void A_reply_names_the_message_it_answers()
    {
        var reply = GraphResource.Parse("teams('t1')/channels('19:abc@thread.tacv2')/messages('17')/replies('18')")!;

        reply.MessageId.ShouldBe("18");
        reply.ParentId.ShouldBe("17");
        reply.ChannelId.ShouldBe("19:abc@thread.tacv2");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("users('u1')/messages('m1')")]
    [InlineData("teams('t1')/channels('c1')")]
    [InlineData("teams('t1')/channels('..')/messages('1')")]
    [InlineData("teams/t1/channels/c1/messages/..")]
    [InlineData("teams('t1')/channels('c1')/messages('1')?$expand=replies")]
    [InlineData("https://evil.example/teams('t1')/channels('c1')/messages('1')")]
    [InlineData("teams('t1')/channels('c1')/messages('1')/../../../users")]
    [InlineData("teams('t1')/channels('c1%2F..')/messages('1')")]
    public void Anything_else_is_not_a_message_to_fetch(string? resource) =>
        GraphResource.Parse(resource).ShouldBeNull();
}
