using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pulse.Application;
using Pulse.Application.Tests.Live;
using Pulse.Testing;
using Pulse.Web.Tests;

namespace Pulse.Cli.Tests;

/// <summary>
/// `pulse disconnect slack|graph|yammer`: the connection goes, the messages stay; a managed Graph subscription is
/// deleted first, and a Graph that refuses or cannot be reached leaves the connection unless --force.
/// </summary>
public sealed class DisconnectCommandTests
{
    private const string Org = "lindeloo";

    [Theory]
    [InlineData("slack", "lindeloo is not connected to Slack")]
    [InlineData("graph", "lindeloo is not connected to Microsoft Graph")]
    [InlineData("yammer", "lindeloo is not connected to Yammer")]
    public async Task Disconnecting_what_is_not_connected_is_wrong_usage_and_says_so(string platform, string said)
    {
        await using var test = await NewAsync();

        var run = await CliRun.RunAsync(["disconnect", platform, "--org", Org, .. test.CliArguments]);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(said);
    }

    [Fact]
    public async Task Disconnect_slack_removes_the_connection_and_says_the_messages_stay()
    {
        await using var test = await NewAsync();
        (await CliRun.RunAsync(["connect", "slack", "--org", Org, "--signing-secret", "c0ffee51gn1ng5ecret", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["disconnect", "slack", "--org", Org, .. test.CliArguments]);
        var again = await CliRun.RunAsync(["disconnect", "slack", "--org", Org, .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Slack disconnected for lindeloo");
        run.Output.ShouldContain("Messages already imported stay");
        (await ConnectionsAsync(test)).ShouldBe(0);
        again.ExitCode.ShouldBe(2, "the second time there is nothing to remove");
    }

    [Fact]
    public async Task Disconnect_yammer_keeps_the_imported_messages_and_serve_polls_it_no_more()
    {
        await using var test = await NewAsync();
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(61, 7, "hallo"), YammerStandIn.Message(62, 7, "wie komt er?"));
        (await CliRun.RunAsync(["connect", "yammer", "--org", Org, "--token", YammerStandIn.Token, "--base-url", api.BaseUrl.ToString(), .. test.CliArguments])).ExitCode.ShouldBe(0);
        var requestsBefore = api.Requests.Count;

        var run = await CliRun.RunAsync(["disconnect", "yammer", "--org", Org, "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("organisation").GetString().ShouldBe(Org);
        json.GetProperty("platform").GetString().ShouldBe("yammer");
        json.GetProperty("messagesKept").GetBoolean().ShouldBeTrue();
        (await ConnectionsAsync(test)).ShouldBe(0);
        var figures = await CliRun.RunAsync(["monitor", "participation", "--org", Org, "--from", "2026-11-28", "--to", "2026-11-29", "--json", .. test.CliArguments]);
        figures.Json().GetProperty("messages").GetInt32().ShouldBe(2, "both polled messages stay");
        // What `pulse serve` runs every five minutes: nothing left to poll, and no request made.
        var server = await PulseApp.OpenAsync(test.Options);
        api.Add(YammerStandIn.Message(63, 7, "na het loskoppelen"));
        (await server.Yammer.PollDueAsync(TimeSpan.FromMinutes(5), CancellationToken.None)).ShouldBeEmpty();
        api.Requests.Count.ShouldBe(requestsBefore);
    }

    [Fact]
    public async Task A_refusing_graph_leaves_the_connection_and_names_its_reason_and_force_removes_it_anyway()
    {
        await using var test = await NewAsync();
        await using var graph = await GraphStandIn.StartAsync();
        await ConnectGraphAsync(test, graph, subscriptionId: "8cf3b6e0-5f44-4a4a-bf4b-000000000001");
        var before = await SettingsAsync(test);

        graph.FailNext(HttpStatusCode.Forbidden, code: "Forbidden", message: "Insufficient privileges to complete the operation.");
        var refused = await CliRun.RunAsync(["disconnect", "graph", "--org", Org, .. test.CliArguments]);

        refused.ExitCode.ShouldBe(1, refused.Error);
        refused.Error.ShouldContain("403");
        refused.Error.ShouldContain("Insufficient privileges");
        refused.Error.ShouldContain("--force");
        refused.Error.ShouldNotContain(GraphStandIn.ClientSecret);
        refused.Error.ShouldNotContain(ClientState);
        (await SettingsAsync(test)).ShouldBe(before, "left as it was, byte for byte");

        graph.FailNext(HttpStatusCode.Forbidden, code: "Forbidden", message: "Insufficient privileges to complete the operation.");
        var forced = await CliRun.RunAsync(["disconnect", "graph", "--org", Org, "--force", "--json", .. test.CliArguments]);

        forced.ExitCode.ShouldBe(0, forced.Error);
        var json = forced.Json();
        json.GetProperty("subscriptionId").GetString().ShouldBe("8cf3b6e0-5f44-4a4a-bf4b-000000000001");
        json.GetProperty("subscriptionDeleted").GetBoolean().ShouldBeFalse();
        json.GetProperty("subscriptionError").GetString()!.ShouldContain("403");
        (await ConnectionsAsync(test)).ShouldBe(0);
        graph.SubscriptionRequests.Count(r => r.Method == "DELETE").ShouldBe(2);
    }

    [Fact]
    public async Task A_subscription_graph_no_longer_has_is_fine_the_delete_names_its_id()
    {
        await using var test = await NewAsync();
        await using var graph = await GraphStandIn.StartAsync();
        // The stand-in holds no such subscription: it answers 404, as Graph does for one that expired.
        await ConnectGraphAsync(test, graph, subscriptionId: "expired-subscription-7");

        var run = await CliRun.RunAsync(["disconnect", "graph", "--org", Org, "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("subscriptionDeleted").GetBoolean().ShouldBeTrue();
        var delete = graph.SubscriptionRequests.ShouldHaveSingleItem();
        delete.Method.ShouldBe("DELETE");
        delete.Path.ShouldBe("/v1.0/subscriptions/expired-subscription-7");
        delete.Status.ShouldBe(404);
        (await ConnectionsAsync(test)).ShouldBe(0);
    }

    [Fact]
    public async Task An_unreachable_graph_leaves_the_connection_unless_forced()
    {
        await using var test = await NewAsync();
        var graph = await GraphStandIn.StartAsync();
        await ConnectGraphAsync(test, graph, subscriptionId: "sub-1");
        await graph.DisposeAsync();
        var before = await SettingsAsync(test);

        var refused = await CliRun.RunAsync(["disconnect", "graph", "--org", Org, .. test.CliArguments]);
        var forced = await CliRun.RunAsync(["disconnect", "graph", "--org", Org, "--force", .. test.CliArguments]);

        refused.ExitCode.ShouldBe(1, refused.Error);
        refused.Error.ShouldContain("could not be reached");
        refused.Error.ShouldContain("--force");
        forced.ExitCode.ShouldBe(0, forced.Error);
        forced.Output.ShouldContain("sub-1 was not deleted");
        forced.Output.ShouldContain("expires by itself within three days");
        before.ShouldNotBeNull("the connection was there until --force");
        (await ConnectionsAsync(test)).ShouldBe(0);
    }

    private const string ClientState = "disconnect-client-state-51";

    private static async Task<TestDatabase> NewAsync()
    {
        var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", Org, "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        return test;
    }

    /// <summary>
    /// A Graph connection with app credentials, and a managed subscription written into its settings as `--subscribe`
    /// leaves it (that needs a running hook for Graph's validation; the web tests create one for real).
    /// </summary>
    private static async Task ConnectGraphAsync(TestDatabase test, GraphStandIn graph, string subscriptionId)
    {
        var run = await CliRun.RunAsync([
            "connect", "graph", "--org", Org, "--client-state", ClientState,
            "--tenant", GraphStandIn.Tenant, "--client-id", GraphStandIn.ClientId, "--client-secret", GraphStandIn.ClientSecret,
            "--authority-url", graph.BaseUrl.ToString(), "--graph-url", graph.BaseUrl.ToString(), .. test.CliArguments]);
        run.ExitCode.ShouldBe(0, run.Error);
        await using var db = test.Database.CreateContext();
        var row = await db.Connections.SingleAsync();
        var settings = JsonNode.Parse(row.Settings)!.AsObject();
        settings["subscription"] = new JsonObject
        {
            ["resource"] = "teams/getAllMessages",
            ["notificationUrl"] = "https://pulse.example.org/hooks/graph/lindeloo",
            ["id"] = subscriptionId,
            ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(60).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        row.Settings = settings.ToJsonString();
        await db.SaveChangesAsync();
    }

    private static async Task<string?> SettingsAsync(TestDatabase test)
    {
        await using var db = test.Database.CreateContext();
        return await db.Connections.Select(c => c.Settings).SingleOrDefaultAsync();
    }

    private static async Task<int> ConnectionsAsync(TestDatabase test)
    {
        await using var db = test.Database.CreateContext();
        return await db.Connections.CountAsync();
    }
}
