using System.Diagnostics;
using System.Net;
using System.Text;
using Pulse.Application.Live;
using Pulse.Connectors.Teams;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>
/// `pulse disconnect` seen from outside, through real HTTP: the hook answers 404 within the two seconds the hooks
/// keep a connection, stores nothing after that, keeps the messages it had; a managed Graph subscription is deleted
/// at the stand-in Graph first, is no longer renewed, and a Graph that fails leaves the connection unless forced.
/// </summary>
public sealed class DisconnectHookTests
{
    private const string Org = "gemeente-lindeloo";
    private const string ClientState = "secretClientValue-disconnect";

    /// <summary>The hooks keep a connection's opened secret for two seconds; the rest is for a loaded machine's requests.</summary>
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(3);

    public static TheoryData<string> Providers => Pulse.Testing.TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_disconnect_slack_the_hook_answers_404_within_two_seconds_and_the_messages_stay(string provider)
    {
        await using var app = await StartAsync(provider);
        await app.Pulse.Connections.ConnectSlackAsync(Org, SlackRequests.Secret);
        using (var first = await app.Anonymous.SendAsync(SlackRequests.Post(Org, SlackRequests.Message("Ev0BEFORE", SlackRequests.Ts(1), "voor het loskoppelen"))))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await LiveDatabase.DrainedAsync(app.Database.Database, Org);

        (await app.Pulse.Connections.DisconnectAsync(Org, LivePlatforms.Slack)).Platform.ShouldBe("slack");
        var since = Stopwatch.StartNew();
        var acknowledged = 0;
        var n = 2;
        while (true)
        {
            using var response = await app.Anonymous.SendAsync(SlackRequests.Post(Org, SlackRequests.Message($"Ev0AFTER{n}", SlackRequests.Ts(n), "daarna")));
            n++;
            if (response.StatusCode == HttpStatusCode.NotFound) break;
            response.StatusCode.ShouldBe(HttpStatusCode.OK, "until the hook's cache ends, the connection it remembers is used");
            acknowledged++;
            since.Elapsed.ShouldBeLessThan(Within);
            await Task.Delay(100);
        }

        since.Elapsed.ShouldBeLessThan(Within);
        for (var i = 0; i < 3; i++)
        {
            using var late = await app.Anonymous.SendAsync(SlackRequests.Post(Org, SlackRequests.Message($"Ev0LATE{i}", SlackRequests.Ts(100 + i), "te laat")));
            late.StatusCode.ShouldBe(HttpStatusCode.NotFound, "once 404, always 404");
        }

        await LiveDatabase.DrainedAsync(app.Database.Database, Org);
        // The one before, and those acknowledged in the cache's last moments (Slack will not send them again): applied.
        (await LiveDatabase.EventsAsync(app.Database.Database, Org)).ShouldBe(1 + acknowledged);
        (await LiveDatabase.MessagesAsync(app.Database.Database, Org)).ShouldBe(1 + acknowledged);
        (await app.Anonymous.GetStringAsync("/metrics")).ShouldContain("pulse_hook_requests_total{platform=\"slack\",outcome=\"unknown\"} 4\n");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Disconnect_graph_deletes_the_managed_subscription_then_the_hook_answers_404_and_nothing_renews_it(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync(provider);
        var id = (await ConnectAsync(app, graph)).SubscriptionId!;
        // Past half its life: the renewal check would PATCH it now, were it still connected.
        await LiveDatabase.SetGraphSubscriptionExpiryAsync(app.Database.Database, Org, DateTimeOffset.UtcNow.AddHours(30));

        var removed = await app.Pulse.Connections.DisconnectAsync(Org, LivePlatforms.Graph);

        removed.SubscriptionId.ShouldBe(id);
        removed.SubscriptionDeleted.ShouldBeTrue();
        removed.SubscriptionError.ShouldBeNull();
        var delete = graph.SubscriptionRequests[^1];
        delete.Method.ShouldBe("DELETE");
        delete.Path.ShouldBe("/v1.0/subscriptions/" + id);
        delete.Status.ShouldBe(204);
        graph.Subscriptions.ShouldBeEmpty();
        (await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org)).ShouldBeNull();

        var since = Stopwatch.StartNew();
        while ((await app.Anonymous.PostAsync($"/hooks/graph/{Org}?validationToken=abc", new StringContent(string.Empty))).StatusCode != HttpStatusCode.NotFound)
        {
            since.Elapsed.ShouldBeLessThan(Within);
            await Task.Delay(100);
        }

        using var notification = await app.Anonymous.PostAsync($"/hooks/graph/{Org}", new StringContent(Batch(ClientState), Encoding.UTF8, "application/json"));
        notification.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LiveDatabase.EventsAsync(app.Database.Database, Org)).ShouldBe(0);
        var requests = graph.SubscriptionRequests.Count;
        await app.Pulse.GraphSubscriptions.RenewDueAsync(CancellationToken.None);
        graph.SubscriptionRequests.Count.ShouldBe(requests, "no PATCH, no re-creation");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_graph_that_fails_leaves_the_connection_and_its_subscription_unless_forced(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync(provider);
        var id = (await ConnectAsync(app, graph)).SubscriptionId!;
        var before = await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org);
        app.Pulse.GraphSubscriptions.Policy = new GraphApiPolicy(TimeSpan.FromMilliseconds(10), 2, TimeSpan.FromSeconds(1));

        graph.FailNext(HttpStatusCode.InternalServerError);
        graph.FailNext(HttpStatusCode.InternalServerError);
        var refused = await Should.ThrowAsync<PulseException>(app.Pulse.Connections.DisconnectAsync(Org, LivePlatforms.Graph));

        refused.ShouldNotBeOfType<PulseUsageException>();
        refused.Message.ShouldContain("500 after 2 tries");
        refused.Message.ShouldContain("--force");
        refused.Message.ShouldContain("within three days");
        refused.Message.ShouldNotContain(GraphStandIn.ClientSecret);
        refused.Message.ShouldNotContain(ClientState);
        (await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org)).ShouldBe(before);
        graph.Subscriptions.Keys.ShouldBe([id]);

        graph.FailNext(HttpStatusCode.InternalServerError);
        graph.FailNext(HttpStatusCode.InternalServerError);
        var forced = await app.Pulse.Connections.DisconnectAsync(Org, LivePlatforms.Graph, force: true);

        forced.SubscriptionId.ShouldBe(id);
        forced.SubscriptionDeleted.ShouldBeFalse();
        forced.SubscriptionError!.ShouldContain("500");
        (await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org)).ShouldBeNull();
        graph.Subscriptions.Keys.ShouldHaveSingleItem().ShouldBe(id, "left to expire by itself");
        graph.SubscriptionRequests.Count(r => r.Method == "DELETE").ShouldBe(4);
    }

    [Fact]
    public async Task A_subscription_graph_already_lost_is_no_obstacle()
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync("sqlite");
        var id = (await ConnectAsync(app, graph)).SubscriptionId!;
        graph.Remove(id);

        var removed = await app.Pulse.Connections.DisconnectAsync(Org, LivePlatforms.Graph);

        removed.SubscriptionDeleted.ShouldBeTrue();
        graph.SubscriptionRequests[^1].Status.ShouldBe(404);
        (await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org)).ShouldBeNull();
    }

    private static Task<RunningApp> StartAsync(string provider) =>
        RunningApp.StartAsync(provider, async db => await new OrganisationStore(db.Database).AddAsync(Org, "Gemeente Lindeloo", 1240));

    private static async Task<GraphConnection> ConnectAsync(RunningApp app, GraphStandIn graph) =>
        await app.Pulse.Connections.ConnectGraphAsync(Org, new GraphConnectRequest(
            ClientState, Tenant: GraphStandIn.Tenant, ClientId: GraphStandIn.ClientId, ClientSecret: GraphStandIn.ClientSecret,
            AuthorityUrl: graph.BaseUrl.ToString(), GraphUrl: graph.BaseUrl.ToString())
        {
            Subscribe = true,
            Resource = "teams/getAllMessages",
            NotificationUrl = new Uri(app.Address, "/hooks/graph/" + Org).AbsoluteUri,
        });

    /// <summary>A rich notification as Graph documents it, carrying its chatMessage.</summary>
    private static string Batch(string clientState) => $$$"""
        {"value":[{"subscriptionId":"9f1a1d4e-0000-4000-8000-000000000002","changeType":"created","clientState":"{{{clientState}}}",
         "resource":"teams('t1')/channels('19:channel@thread.tacv2')/messages('1700000000001')",
         "resourceData":{"id":"1700000000001","@odata.type":"#Microsoft.Graph.chatMessage","messageType":"message","createdDateTime":"2026-11-28T09:00:00Z",
           "from":{"user":{"id":"8ea0e38b-efb3-4757-924a-5f94061cf8c2","displayName":"Anna de Vries"}},
           "body":{"contentType":"html","content":"<p>Hallo team</p>"},
           "channelIdentity":{"teamId":"t1","channelId":"19:channel@thread.tacv2"} } }]}
        """;
}
