using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pulse.Application.Live;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>
/// Basic notifications (the resource only) through the hook and the worker: the message is fetched from a
/// stand-in Graph with an app-only token from a stand-in token endpoint, waiting out a 429's Retry-After;
/// a message Graph answers 404 for writes nothing and is counted as failed.
/// </summary>
public sealed class GraphBasicNotificationTests
{
    private const string Org = "waterschap-rijnvliet";
    private const string ClientState = "secretClientValue-8d3f";
    private const string Channel = "19:channel@thread.tacv2";

    public static TheoryData<string> Providers => Pulse.Testing.TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_basic_notification_stores_the_fetched_message_once_after_a_429_and_a_404_stores_nothing(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        var created = DateTimeOffset.UtcNow.AddMinutes(-2).ToString("O", CultureInfo.InvariantCulture);
        graph.Add("1700000000301", ChatMessage("1700000000301", "Waterpeil stijgt bij gemaal De Hoop", created));
        await using var app = await RunningApp.StartAsync(provider, async db => await new OrganisationStore(db.Database).AddAsync(Org, "Waterschap Rijnvliet", 720));
        var connection = await app.Pulse.Connections.ConnectGraphAsync(Org, new GraphConnectRequest(
            ClientState, Tenant: GraphStandIn.Tenant, ClientId: GraphStandIn.ClientId, ClientSecret: GraphStandIn.ClientSecret,
            AuthorityUrl: graph.BaseUrl.ToString(), GraphUrl: graph.BaseUrl.ToString()));
        connection.Fetches.ShouldBeTrue();
        graph.TokensIssued.ShouldBe(1, "connecting tries the credentials once");
        graph.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "1");

        // created and updated of one message (two notifications, so two fetches), and one Graph no longer has.
        using var response = await app.Anonymous.PostAsync($"/hooks/graph/{Org}", new StringContent(
            $$"""{"value":[{{Notification("created", "1700000000301")}},{{Notification("updated", "1700000000301")}},{{Notification("created", "1700000000302")}}]}""",
            Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await LiveDatabase.DrainedAsync(app.Database.Database, Org);
        await using var db = app.Database.Database.CreateContext();
        var message = await db.Messages.AsNoTracking().SingleAsync();
        message.ExternalId.ShouldBe(Channel + ":1700000000301");
        message.Body.ShouldBe("Waterpeil stijgt bij gemaal De Hoop");
        message.AuthorExternalId.ShouldBe("8ea0e38b-efb3-4757-924a-5f94061cf8c2");
        var error = await db.InboundEvents.AsNoTracking().Where(e => e.Error != null).Select(e => e.Error!).SingleAsync();
        error.ShouldContain("404");

        // 429 first, the same request again no sooner than Retry-After said, then one fetch each.
        List<(string Path, DateTimeOffset At, int Status)> requests;
        lock (graph.GraphRequests) requests = [.. graph.GraphRequests];
        requests.Count.ShouldBe(4);
        requests[0].Status.ShouldBe(429);
        requests[1].Path.ShouldBe(requests[0].Path);
        (requests[1].At - requests[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        requests.Count(r => r.Status == 200).ShouldBe(2);
        requests.Count(r => r.Status == 404).ShouldBe(1);
        requests.ShouldAllBe(r => r.Path.StartsWith("/v1.0/teams/t1/channels/" + Channel + "/messages/", StringComparison.Ordinal));
        graph.TokensIssued.ShouldBe(2, "the worker asks for one token and reuses it for every fetch");
        var metrics = await app.Anonymous.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_inbound_events_processed_total{platform=\"graph\"} 2\n");
        metrics.ShouldContain("pulse_inbound_events_failed_total{platform=\"graph\"} 1\n");
    }

    [Fact]
    public async Task Credentials_the_token_endpoint_refuses_are_not_stored()
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await RunningApp.StartAsync("sqlite", async db => await new OrganisationStore(db.Database).AddAsync(Org, "Waterschap Rijnvliet", 720));

        var refused = await Should.ThrowAsync<PulseException>(app.Pulse.Connections.ConnectGraphAsync(Org, new GraphConnectRequest(
            ClientState, Tenant: GraphStandIn.Tenant, ClientId: GraphStandIn.ClientId, ClientSecret: "wrong",
            AuthorityUrl: graph.BaseUrl.ToString(), GraphUrl: graph.BaseUrl.ToString())));

        refused.Message.ShouldContain("invalid_client");
        refused.Message.ShouldNotContain("wrong");
        await using var db = app.Database.Database.CreateContext();
        (await db.Connections.CountAsync()).ShouldBe(0);
    }

    /// <summary>A chatMessage as <c>GET /teams/{id}/channels/{id}/messages/{id}</c> returns it.</summary>
    private static JsonObject ChatMessage(string id, string text, string created) => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#teams('t1')/channels('19%3Achannel%40thread.tacv2')/messages/$entity",
        ["id"] = id,
        ["replyToId"] = null,
        ["messageType"] = "message",
        ["createdDateTime"] = created,
        ["lastModifiedDateTime"] = created,
        ["deletedDateTime"] = null,
        ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "8ea0e38b-efb3-4757-924a-5f94061cf8c2", ["displayName"] = "Anna de Vries" } },
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<div>{text}</div>" },
        ["channelIdentity"] = new JsonObject { ["teamId"] = "t1", ["channelId"] = Channel },
        ["attachments"] = new JsonArray(),
        ["reactions"] = new JsonArray(),
    };

    /// <summary>A basic notification as Graph sends it without includeResourceData: the resource and its id only.</summary>
    private static string Notification(string change, string id) => new JsonObject
    {
        ["subscriptionId"] = "9f1a1d4e-0000-4000-8000-000000000003",
        ["changeType"] = change,
        ["clientState"] = ClientState,
        ["subscriptionExpirationDateTime"] = "2026-12-01T00:00:00Z",
        ["resource"] = $"teams('t1')/channels('{Channel}')/messages('{id}')",
        ["resourceData"] = new JsonObject { ["id"] = id, ["@odata.type"] = "#Microsoft.Graph.chatMessage", ["@odata.id"] = $"teams('t1')/channels('{Channel}')/messages('{id}')" },
        ["tenantId"] = "84bd8158-6d4d-4958-8b9f-9d6445542f95",
    }.ToJsonString();
}
