using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Pulse.Application.Live;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>
/// Subscriptions Pulse manages, against the stand-in Graph through real HTTP: created by `connect graph
/// --subscribe` with the fields Microsoft documents (the stand-in validates the hook first, as Graph does),
/// nothing changed when Graph refuses, renewed past half their life and not before, created again when
/// Graph lost them, Retry-After waited out, and lifecycle notifications acted on — unless forged.
/// </summary>
public sealed class GraphSubscriptionTests
{
    private const string Org = "waterschap-rijnvliet";
    private const string ClientState = "secretClientValue-8d3f";

    /// <summary>Microsoft: the longest a Teams chatMessage subscription may last (https://learn.microsoft.com/graph/change-notifications-overview#subscription-lifetime).</summary>
    private static readonly TimeSpan DocumentedMaximum = TimeSpan.FromMinutes(4320);

    public static TheoryData<string> Providers => Pulse.Testing.TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Subscribing_posts_the_documented_fields_once_the_hook_answers_and_keeps_the_id_and_expiry(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync(provider);
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=Pulse subscription test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pem = Path.Combine(Path.GetTempPath(), $"graph-subs-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem() + "\n");
        var before = DateTimeOffset.UtcNow;

        GraphConnection connection;
        try
        {
            connection = await ConnectAsync(app, graph, "teams/getAllMessages", pem);
        }
        finally
        {
            File.Delete(pem);
        }

        var post = graph.SubscriptionRequests.ShouldHaveSingleItem();
        post.Method.ShouldBe("POST");
        post.Path.ShouldBe("/v1.0/subscriptions");
        post.Status.ShouldBe(201, "the stand-in created it only after the hook answered both validations");
        var body = post.Body!;
        body["changeType"]!.GetValue<string>().ShouldBe("created,updated,deleted");
        body["notificationUrl"]!.GetValue<string>().ShouldBe(HookUrl(app));
        body["lifecycleNotificationUrl"]!.GetValue<string>().ShouldBe(HookUrl(app));
        body["resource"]!.GetValue<string>().ShouldBe("teams/getAllMessages");
        body["clientState"]!.GetValue<string>().ShouldBe(ClientState);
        body["includeResourceData"]!.GetValue<bool>().ShouldBeTrue();
        body["encryptionCertificate"]!.GetValue<string>().ShouldBe(Convert.ToBase64String(certificate.RawData));
        body["encryptionCertificateId"]!.GetValue<string>().ShouldBe(certificate.Thumbprint);
        var expires = DateTimeOffset.Parse(body["expirationDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        expires.Offset.ShouldBe(TimeSpan.Zero);
        (expires - before).ShouldBeLessThanOrEqualTo(DocumentedMaximum);
        (expires - before).ShouldBeGreaterThan(TimeSpan.FromDays(2), "long enough that renewing at half-life is rare");

        var id = graph.Subscriptions.Keys.ShouldHaveSingleItem();
        connection.SubscriptionId.ShouldBe(id);
        connection.SubscriptionExpirationDateTime.ShouldBe(expires);
        var stored = await StoredSubscriptionAsync(app);
        stored["id"]!.GetValue<string>().ShouldBe(id);
        DateTimeOffset.Parse(stored["expirationDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture).ShouldBe(expires);
        (await app.Anonymous.GetStringAsync("/metrics")).ShouldContain("pulse_hook_requests_total{platform=\"graph\",outcome=\"handshake\"} 2\n");
    }

    [Fact]
    public async Task A_basic_subscription_leaves_out_resource_data_and_its_certificate()
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync("sqlite");

        await ConnectAsync(app, graph, "/teams/t1/channels/19:channel@thread.tacv2/messages");

        var body = graph.SubscriptionRequests.ShouldHaveSingleItem().Body!;
        body["resource"]!.GetValue<string>().ShouldBe("teams/t1/channels/19:channel@thread.tacv2/messages");
        body.ContainsKey("includeResourceData").ShouldBeFalse();
        body.ContainsKey("encryptionCertificate").ShouldBeFalse();
        body.ContainsKey("encryptionCertificateId").ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_subscription_Graph_refuses_leaves_the_connection_as_it_was_and_says_why(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync(provider);

        // No connection before: none after.
        graph.FailNext(HttpStatusCode.BadRequest, code: "ExtensionError", message: "Operation: Create; Exception: [Status Code: Forbidden; Reason: Insufficient privileges]");
        var refused = await Should.ThrowAsync<PulseException>(ConnectAsync(app, graph, "teams/getAllMessages"));
        refused.Message.ShouldContain("ExtensionError");
        refused.Message.ShouldContain("Insufficient privileges");
        refused.Message.ShouldNotContain(GraphStandIn.ClientSecret);
        (await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org)).ShouldBeNull();

        // A connection before: the same settings after, byte for byte.
        await app.Pulse.Connections.ConnectGraphAsync(Org, "the-old-state");
        var old = await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org);
        graph.FailNext(HttpStatusCode.BadRequest, code: "InvalidRequest", message: "Subscription validation request failed.");
        (await Should.ThrowAsync<PulseException>(ConnectAsync(app, graph, "teams/getAllMessages"))).Message.ShouldContain("InvalidRequest");
        (await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org)).ShouldBe(old);
        graph.Subscriptions.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_subscription_is_renewed_past_half_its_life_and_not_before(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync(provider, TimeSpan.FromMilliseconds(100));
        await ConnectAsync(app, graph, "teams/getAllMessages");
        var id = graph.Subscriptions.Keys.Single();

        // Fresh (about 70 hours left): several checks, no renewal.
        await Task.Delay(1000);
        graph.SubscriptionRequests.Count(r => r.Method == "PATCH").ShouldBe(0);

        // 30 hours left, less than half of the lifetime asked for: renewed at the next check.
        await LiveDatabase.SetGraphSubscriptionExpiryAsync(app.Database.Database, Org, DateTimeOffset.UtcNow.AddHours(30));
        var asked = DateTimeOffset.UtcNow;
        var patch = await WaitForAsync(graph, r => r.Method == "PATCH");

        patch.Path.ShouldBe("/v1.0/subscriptions/" + id);
        patch.Status.ShouldBe(200);
        var renewedTo = DateTimeOffset.Parse(patch.Body!["expirationDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        (renewedTo - asked).ShouldBeLessThanOrEqualTo(DocumentedMaximum);
        (renewedTo - asked).ShouldBeGreaterThan(TimeSpan.FromDays(2));
        await WaitUntilAsync(async () => await StoredExpiryAsync(app) == renewedTo);
        await Task.Delay(1000);
        graph.SubscriptionRequests.Count(r => r.Method == "PATCH").ShouldBe(1, "renewed, it is fresh again");
        var metrics = await app.Anonymous.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_graph_subscription_renewals_total{outcome=\"renewed\"} 1\n");
        metrics.ShouldContain("pulse_graph_subscription_renewals_total{outcome=\"failed\"} 0\n");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_subscription_Graph_no_longer_has_is_created_again(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync(provider, TimeSpan.FromMilliseconds(100));
        await ConnectAsync(app, graph, "teams/getAllMessages");
        var gone = graph.Subscriptions.Keys.Single();
        graph.Remove(gone);

        await LiveDatabase.SetGraphSubscriptionExpiryAsync(app.Database.Database, Org, DateTimeOffset.UtcNow.AddHours(1));
        var again = await WaitForAsync(graph, r => r.Method == "POST" && r.Status == 201, skip: 1);

        graph.SubscriptionRequests.ShouldContain(r => r.Method == "PATCH" && r.Path == "/v1.0/subscriptions/" + gone && r.Status == 404);
        again.Body!["resource"]!.GetValue<string>().ShouldBe("teams/getAllMessages");
        again.Body!["clientState"]!.GetValue<string>().ShouldBe(ClientState);
        again.Body!["notificationUrl"]!.GetValue<string>().ShouldBe(HookUrl(app));
        var id = graph.Subscriptions.Keys.ShouldHaveSingleItem();
        id.ShouldNotBe(gone);
        await WaitUntilAsync(async () => (await StoredSubscriptionAsync(app))["id"]!.GetValue<string>() == id);
        (await app.Anonymous.GetStringAsync("/metrics")).ShouldContain("pulse_graph_subscription_renewals_total{outcome=\"recreated\"} 1\n");
    }

    [Fact]
    public async Task A_throttled_renewal_waits_as_Retry_After_says_then_renews()
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync("sqlite", TimeSpan.FromMilliseconds(100));
        await ConnectAsync(app, graph, "teams/getAllMessages");
        graph.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "1");

        await LiveDatabase.SetGraphSubscriptionExpiryAsync(app.Database.Database, Org, DateTimeOffset.UtcNow.AddHours(2));
        var renewed = await WaitForAsync(graph, r => r.Method == "PATCH" && r.Status == 200);

        var throttled = graph.SubscriptionRequests.Single(r => r.Method == "PATCH" && r.Status == 429);
        renewed.Path.ShouldBe(throttled.Path);
        (renewed.At - throttled.At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        var metrics = await app.Anonymous.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_graph_subscription_renewals_total{outcome=\"renewed\"} 1\n");
        metrics.ShouldContain("pulse_graph_subscription_renewals_total{outcome=\"failed\"} 0\n");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Lifecycle_notifications_renew_create_again_and_count_what_was_missed(string provider)
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync(provider);
        await ConnectAsync(app, graph, "teams/getAllMessages");
        var first = graph.Subscriptions.Keys.Single();

        using (var reauthorize = await PostAsync(app, Lifecycle(ClientState, first, "reauthorizationRequired")))
        {
            reauthorize.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var patch = await WaitForAsync(graph, r => r.Method == "PATCH");
        patch.Path.ShouldBe("/v1.0/subscriptions/" + first);
        patch.Status.ShouldBe(200);

        graph.Remove(first);
        using (var removed = await PostAsync(app, Lifecycle(ClientState, first, "subscriptionRemoved")))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var created = await WaitForAsync(graph, r => r.Method == "POST", skip: 1);
        created.Status.ShouldBe(201);
        var second = graph.Subscriptions.Keys.ShouldHaveSingleItem();
        await WaitUntilAsync(async () => (await StoredSubscriptionAsync(app))["id"]!.GetValue<string>() == second);

        using (var missed = await PostAsync(app, Lifecycle(ClientState, second, "missed")))
        {
            missed.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        await LiveDatabase.DrainedAsync(app.Database.Database, Org);
        graph.SubscriptionRequests.Count.ShouldBe(3, "a missed notification calls nothing");
        var metrics = await app.Anonymous.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_graph_lifecycle_notifications_total{event=\"reauthorizationRequired\"} 1\n");
        metrics.ShouldContain("pulse_graph_lifecycle_notifications_total{event=\"subscriptionRemoved\"} 1\n");
        metrics.ShouldContain("pulse_graph_lifecycle_notifications_total{event=\"missed\"} 1\n");
        metrics.ShouldContain("pulse_inbound_events_failed_total{platform=\"graph\"} 0\n");
    }

    [Fact]
    public async Task A_forged_lifecycle_notification_is_refused_and_calls_nothing()
    {
        await using var graph = await GraphStandIn.StartAsync();
        await using var app = await StartAsync("sqlite");
        await ConnectAsync(app, graph, "teams/getAllMessages");
        var id = graph.Subscriptions.Keys.Single();

        using var forged = await PostAsync(app, Lifecycle("guessed-state", id, "subscriptionRemoved"));

        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Task.Delay(1000);
        (await LiveDatabase.EventsAsync(app.Database.Database, Org)).ShouldBe(0);
        graph.SubscriptionRequests.Count.ShouldBe(1, "only the creation");
        (await app.Anonymous.GetStringAsync("/metrics")).ShouldContain("pulse_graph_lifecycle_notifications_total{event=\"subscriptionRemoved\"} 0\n");
    }

    private static async Task<RunningApp> StartAsync(string provider, TimeSpan? checkEvery = null) =>
        await RunningApp.StartAsync(
            provider,
            async db => await new OrganisationStore(db.Database).AddAsync(Org, "Waterschap Rijnvliet", 720),
            options => checkEvery is { } interval ? options with { GraphSubscriptionCheckInterval = interval } : options);

    private static async Task<GraphConnection> ConnectAsync(RunningApp app, GraphStandIn graph, string resource, string? certificate = null) =>
        await app.Pulse.Connections.ConnectGraphAsync(Org, new GraphConnectRequest(
            ClientState, CertificatePath: certificate, Tenant: GraphStandIn.Tenant, ClientId: GraphStandIn.ClientId, ClientSecret: GraphStandIn.ClientSecret,
            AuthorityUrl: graph.BaseUrl.ToString(), GraphUrl: graph.BaseUrl.ToString())
        {
            Subscribe = true,
            Resource = resource,
            NotificationUrl = HookUrl(app),
        });

    private static string HookUrl(RunningApp app) => new Uri(app.Address, "/hooks/graph/" + Org).AbsoluteUri;

    private static async Task<HttpResponseMessage> PostAsync(RunningApp app, string body) =>
        await app.Anonymous.PostAsync($"/hooks/graph/{Org}", new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>A lifecycle notification as Microsoft documents its structure ("Reduce missing subscriptions and change notifications").</summary>
    private static string Lifecycle(string clientState, string subscriptionId, string lifecycleEvent) => new JsonObject
    {
        ["value"] = new JsonArray(new JsonObject
        {
            ["subscriptionId"] = subscriptionId,
            ["subscriptionExpirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
            ["tenantId"] = "84bd8158-6d4d-4958-8b9f-9d6445542f95",
            ["clientState"] = clientState,
            ["lifecycleEvent"] = lifecycleEvent,
        }),
    }.ToJsonString();

    private static async Task<JsonObject> StoredSubscriptionAsync(RunningApp app) =>
        JsonNode.Parse((await LiveDatabase.GraphSettingsAsync(app.Database.Database, Org))!)!["subscription"]!.AsObject();

    private static async Task<DateTimeOffset> StoredExpiryAsync(RunningApp app) =>
        DateTimeOffset.Parse((await StoredSubscriptionAsync(app))["expirationDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    /// <summary>The first subscription request matching <paramref name="match"/> after <paramref name="skip"/> earlier ones, waiting up to 20 s.</summary>
    private static async Task<(string Method, string Path, JsonObject? Body, DateTimeOffset At, int Status)> WaitForAsync(
        GraphStandIn graph, Func<(string Method, string Path, JsonObject? Body, DateTimeOffset At, int Status), bool> match, int skip = 0)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = graph.SubscriptionRequests.Where(match).Skip(skip).ToList();
            if (found.Count > 0) return found[0];
            if (waited.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("Graph was not asked within 20 s");
            await Task.Delay(50);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException("not within 20 s");
            await Task.Delay(50);
        }
    }
}
