using Pulse.Connectors.Teams;

namespace Pulse.Connectors.Tests.Teams;

/// <summary>Which resources `connect graph --subscribe` creates a subscription on: the Teams message resources Microsoft documents, nothing else.</summary>
public sealed class GraphSubscriptionResourceTests
{
    [Theory]
    [InlineData("teams/getAllMessages", "teams/getAllMessages")]
    [InlineData("/teams/getAllMessages", "teams/getAllMessages")]
    [InlineData("chats/getAllMessages", "chats/getAllMessages")]
    [InlineData("teams/getAllMessages?model=B", "teams/getAllMessages?model=B")]
    [InlineData("/teams/fbe2bf47-16c8-47cf-b4a5-4b9b187c508b/channels/19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2/messages", "teams/fbe2bf47-16c8-47cf-b4a5-4b9b187c508b/channels/19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2/messages")]
    [InlineData("teams('t1')/channels('19:abc@thread.tacv2')/messages", "teams('t1')/channels('19:abc@thread.tacv2')/messages")]
    [InlineData(" chats/19:a_b@unq.gbl.spaces/messages ", "chats/19:a_b@unq.gbl.spaces/messages")]
    public void A_teams_messages_resource_is_taken_without_its_leading_slash(string resource, string expected) =>
        GraphSubscriptionResource.Normalise(resource).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("users/u1/messages")]
    [InlineData("teams/t1/channels")]
    [InlineData("teams/t1/channels/c1/messages/17")]
    [InlineData("teams/../channels/c1/messages")]
    [InlineData("teams/getAllMessages?model=C")]
    [InlineData("teams/getAllMessages?$filter=x")]
    [InlineData("https://graph.microsoft.com/v1.0/teams/getAllMessages")]
    public void Anything_else_is_refused(string? resource) =>
        GraphSubscriptionResource.Normalise(resource).ShouldBeNull();
}
