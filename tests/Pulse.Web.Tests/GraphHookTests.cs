using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>`POST /hooks/graph/{slug}` through real HTTP: the validation handshake, clientState, rich notifications.</summary>
public sealed class GraphHookTests
{
    private const string Org = "waterschap-rijnvliet";
    private const string ClientState = "secretClientValue-8d3f";

    private static async Task<RunningApp> StartConnectedAsync()
    {
        var app = await RunningApp.StartAsync("sqlite", async db => await new OrganisationStore(db.Database).AddAsync(Org, "Waterschap Rijnvliet", 720));
        await app.Pulse.Connections.ConnectGraphAsync(Org, ClientState);
        return app;
    }

    [Fact]
    public async Task The_validation_token_comes_back_decoded_as_plain_text()
    {
        await using var app = await StartConnectedAsync();
        // As Graph sends it: URL-encoded in the query, with characters that must be decoded.
        const string token = "Validation: Testing client application reachability for subscription Request-Id: 25a2fb0e-5c4b-4f27-a1f4-0d0f0e0e0e0e & more+";

        using var response = await app.Anonymous.PostAsync($"/hooks/graph/{Org}?validationToken={Uri.EscapeDataString(token)}", content: null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        (await response.Content.ReadAsStringAsync()).ShouldBe(token);
    }

    [Fact]
    public async Task A_rich_notification_is_stored_once_and_applied_and_a_wrong_client_state_is_refused()
    {
        await using var app = await StartConnectedAsync();
        var created = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var good = Batch(Notification(ClientState, "1700000000001", "Hallo team", created));

        using var first = await PostAsync(app, good);
        using var again = await PostAsync(app, good);
        using var forged = await PostAsync(app, Batch(Notification("guessed", "1700000000002", "vals", created)));
        using var broken = await PostAsync(app, "{\"value\": 3}");

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        again.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await LiveDatabase.DrainedAsync(app.Database.Database, Org);
        (await LiveDatabase.EventsAsync(app.Database.Database, Org)).ShouldBe(1);
        await using var db = app.Database.Database.CreateContext();
        var message = await db.Messages.AsNoTracking().SingleAsync();
        message.ExternalId.ShouldBe("19:channel@thread.tacv2:1700000000001");
        message.Source.ShouldBe("teams");
        message.Body.ShouldBe("Hallo team");
        message.AuthorExternalId.ShouldBe("8ea0e38b-efb3-4757-924a-5f94061cf8c2");
        var metrics = await app.Anonymous.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"graph\",outcome=\"accepted\"} 1\n");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"graph\",outcome=\"duplicate\"} 1\n");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"graph\",outcome=\"forged\"} 1\n");
    }

    private static async Task<HttpResponseMessage> PostAsync(RunningApp app, string body) =>
        await app.Anonymous.PostAsync($"/hooks/graph/{Org}", new StringContent(body, Encoding.UTF8, "application/json"));

    private static string Batch(string notification) => $$"""{"value":[{{notification}}]}""";

    /// <summary>A rich notification as Graph documents it for channel messages, its resourceData the chatMessage itself.</summary>
    private static string Notification(string clientState, string id, string text, string created) => $$$"""
        {"subscriptionId":"9f1a1d4e-0000-4000-8000-000000000001","changeType":"created","clientState":"{{{clientState}}}",
         "subscriptionExpirationDateTime":"2026-12-01T00:00:00Z","resource":"teams('t1')/channels('19:channel@thread.tacv2')/messages('{{{id}}}')",
         "resourceData":{"id":"{{{id}}}","@odata.type":"#Microsoft.Graph.chatMessage","messageType":"message","createdDateTime":"{{{created}}}",
           "from":{"user":{"id":"8ea0e38b-efb3-4757-924a-5f94061cf8c2","displayName":"Anna de Vries"}},
           "body":{"contentType":"html","content":"<p>Hallo team</p>"},
           "channelIdentity":{"teamId":"t1","channelId":"19:channel@thread.tacv2"} } }
        """;
}
