using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>`POST /hooks/slack/{slug}` through real HTTP: issue 12's Slack acceptance and every refusal.</summary>
public sealed class SlackHookTests
{
    private const string Org = "gemeente-lindeloo";

    private static Task<RunningApp> StartAsync(string provider = "sqlite") => RunningApp.StartAsync(provider, async db =>
    {
        await new OrganisationStore(db.Database).AddAsync(Org, "Gemeente Lindeloo", 1240);
    });

    private static async Task ConnectAsync(RunningApp app) => await app.Pulse.Connections.ConnectSlackAsync(Org, SlackRequests.Secret);

    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        await using var app = await StartAsync();
        await ConnectAsync(app);
        const string body = """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        using var response = await app.Anonymous.SendAsync(SlackRequests.Post(Org, body));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    [Fact]
    public async Task A_forged_signature_and_an_hour_old_timestamp_get_401_and_store_nothing()
    {
        await using var app = await StartAsync();
        await ConnectAsync(app);
        var body = SlackRequests.Message("Ev0FORGED", SlackRequests.Ts(1), "hello");
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var forged = await app.Anonymous.SendAsync(SlackRequests.Post(Org, body, secret: "not-the-secret"));
        using var unsigned = await app.Anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/hooks/slack/{Org}") { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        // Correctly signed, but an hour old: a replay of a captured request.
        using var stale = await app.Anonymous.SendAsync(SlackRequests.Post(Org, body, timestamp: hourAgo));
        using var badTime = await app.Anonymous.SendAsync(SlackRequests.Post(Org, body, timestamp: "yesterday"));
        using var notJson = await app.Anonymous.SendAsync(SlackRequests.Post(Org, "{not json"));
        using var unknown = await app.Anonymous.SendAsync(SlackRequests.Post("nobody-here", body));

        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unsigned.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        stale.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        badTime.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LiveDatabase.EventsAsync(app.Database.Database, Org)).ShouldBe(0);
        var metrics = await app.Anonymous.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"slack\",outcome=\"forged\"} 2\n");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"slack\",outcome=\"stale\"} 1\n");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"slack\",outcome=\"malformed\"} 2\n");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"slack\",outcome=\"accepted\"} 0\n");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Four_hundred_signed_events_and_forty_retries_give_exactly_four_hundred_messages(string provider)
    {
        await using var app = await StartAsync(provider);
        await ConnectAsync(app);
        var bodies = Enumerable.Range(0, 400).Select(i => SlackRequests.Message($"Ev{i:D5}", SlackRequests.Ts(i), $"bericht {i}")).ToList();

        // Sent eight at a time, as a busy workspace would; every 10th is delivered again as Slack's retry.
        var statuses = new List<HttpStatusCode>();
        foreach (var chunk in bodies.Chunk(8))
        {
            var sent = await Task.WhenAll(chunk.Select(async b =>
            {
                using var response = await app.Anonymous.SendAsync(SlackRequests.Post(Org, b));
                return response.StatusCode;
            }));
            statuses.AddRange(sent);
        }

        var retries = new List<HttpStatusCode>();
        for (var i = 0; i < 400; i += 10)
        {
            using var response = await app.Anonymous.SendAsync(SlackRequests.Post(Org, bodies[i], retry: 1));
            retries.Add(response.StatusCode);
        }

        statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
        retries.Count.ShouldBe(40);
        retries.ShouldAllBe(s => s == HttpStatusCode.OK);
        await LiveDatabase.DrainedAsync(app.Database.Database, Org);
        (await LiveDatabase.MessagesAsync(app.Database.Database, Org)).ShouldBe(400);
        (await LiveDatabase.EventsAsync(app.Database.Database, Org)).ShouldBe(400);
        var metrics = await app.Client.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"slack\",outcome=\"accepted\"} 400\n");
        metrics.ShouldContain("pulse_hook_requests_total{platform=\"slack\",outcome=\"duplicate\"} 40\n");
        metrics.ShouldContain("pulse_inbound_events_processed_total{platform=\"slack\"} 400\n");
        metrics.ShouldContain("pulse_inbound_queue_depth 0\n");
    }

    [Fact]
    public async Task Edits_and_deletions_are_applied_and_a_replayed_event_id_is_stored_once()
    {
        await using var app = await StartAsync();
        await ConnectAsync(app);
        var first = SlackRequests.Ts(1);
        var second = SlackRequests.Ts(2);
        var reply = SlackRequests.Ts(3);
        var later = SlackRequests.Ts(9);
        string[] events =
        [
            SlackRequests.Message("EvA", first, "de eerste versie"),
            SlackRequests.Message("EvB", second, "wordt verwijderd"),
            SlackRequests.Message("EvC", reply, "een antwoord", user: "U0BOB", threadTs: first),
            SlackRequests.Changed("EvD", first, "de tweede versie", later),
            SlackRequests.Deleted("EvE", second, later),
        ];
        foreach (var body in events)
        {
            using var response = await app.Anonymous.SendAsync(SlackRequests.Post(Org, body));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // The same event id again, minutes later and freshly signed (a replay, not a retry): stored once, changes nothing.
        using (var replay = await app.Anonymous.SendAsync(SlackRequests.Post(Org, SlackRequests.Message("EvA", first, "de eerste versie"))))
        {
            replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await LiveDatabase.DrainedAsync(app.Database.Database, Org);
        (await LiveDatabase.EventsAsync(app.Database.Database, Org)).ShouldBe(5);
        await using var db = app.Database.Database.CreateContext();
        var rows = await db.Messages.AsNoTracking().OrderBy(m => m.ExternalId).ToListAsync();
        rows.Select(m => m.ExternalId).ShouldBe([$"C0LIVE:{first}", $"C0LIVE:{second}", $"C0LIVE:{reply}"]);
        rows[0].Body.ShouldBe("de tweede versie");
        rows[0].EditedAt.ShouldNotBeNull();
        rows[0].DeletedAt.ShouldBeNull();
        rows[1].DeletedAt.ShouldNotBeNull();
        rows[1].Body.ShouldBe(string.Empty);
        rows[2].ThreadExternalId.ShouldBe($"C0LIVE:{first}");
        rows[2].AuthorExternalId.ShouldBe("U0BOB");
    }

    public static TheoryData<string> Providers => Pulse.Testing.TestDatabase.Providers;
}
