using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pulse.Application.Live;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>
/// Events still queued when their organisation is disconnected (or acknowledged in the hooks' last two seconds of
/// it): the running worker applies what needs nothing of the connection, gives up with the reason what needed its
/// certificate or credentials, and goes on — it neither crashes nor leaves them queued forever.
/// </summary>
public sealed class DisconnectedQueueTests
{
    private const string Org = "gemeente-lindeloo";

    public static TheoryData<string> Providers => Pulse.Testing.TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Queued_events_of_a_disconnected_organisation_are_applied_or_given_up_with_the_reason(string provider)
    {
        await using var app = await RunningApp.StartAsync(provider, async db => await new OrganisationStore(db.Database).AddAsync(Org, "Gemeente Lindeloo", 1240));
        await app.Pulse.Connections.ConnectSlackAsync(Org, SlackRequests.Secret);
        await app.Pulse.Connections.ConnectGraphAsync(Org, "a-client-state");
        await app.Pulse.Connections.DisconnectAsync(Org, LivePlatforms.Slack);
        await app.Pulse.Connections.DisconnectAsync(Org, LivePlatforms.Graph);
        var id = await LiveDatabase.OrganisationIdAsync(app.Database.Database, Org);

        // What the hooks stored before the removal took effect: written as they write it.
        await new InboundEventStore(app.Database.Database).EnqueueAsync(
        [
            new InboundEvent(id, "slack", "Ev0QUEUED", SlackRequests.Message("Ev0QUEUED", SlackRequests.Ts(1), "in de wachtrij")),
            new InboundEvent(id, "graph", "sha256:inline", Inline()),
            new InboundEvent(id, "graph", "sha256:basic", Basic()),
            new InboundEvent(id, "graph", "sha256:lifecycle", Lifecycle()),
        ], DateTime.UtcNow);

        await LiveDatabase.DrainedAsync(app.Database.Database, Org);

        // The Slack message and the chatMessage the inline notification carried.
        (await LiveDatabase.MessagesAsync(app.Database.Database, Org)).ShouldBe(2);
        await using var db = app.Database.Database.CreateContext();
        var outcomes = await db.InboundEvents.AsNoTracking().Where(e => e.OrganisationId == id).ToDictionaryAsync(e => e.EventId, e => e.Error);
        outcomes["Ev0QUEUED"].ShouldBeNull();
        outcomes["sha256:inline"].ShouldBeNull();
        outcomes["sha256:lifecycle"].ShouldBeNull("its subscription went with the connection: nothing to act on");
        outcomes["sha256:basic"]!.ShouldContain("disconnected from Microsoft Graph");
        var metrics = await app.Anonymous.GetStringAsync("/metrics");
        metrics.ShouldContain("pulse_inbound_events_failed_total{platform=\"graph\"} 1\n");
        metrics.ShouldContain("pulse_inbound_queue_depth 0\n");
    }

    /// <summary>A rich notification carrying its chatMessage, as Graph documents it.</summary>
    private static string Inline() => new JsonObject
    {
        ["subscriptionId"] = "9f1a1d4e-0000-4000-8000-000000000003",
        ["changeType"] = "created",
        ["clientState"] = "a-client-state",
        ["resource"] = "teams('t1')/channels('19:channel@thread.tacv2')/messages('1700000000002')",
        ["resourceData"] = new JsonObject
        {
            ["id"] = "1700000000002",
            ["@odata.type"] = "#Microsoft.Graph.chatMessage",
            ["messageType"] = "message",
            ["createdDateTime"] = "2026-11-28T09:00:00Z",
            ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "8ea0e38b-efb3-4757-924a-5f94061cf8c2", ["displayName"] = "Anna de Vries" } },
            ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>Hallo team</p>" },
            ["channelIdentity"] = new JsonObject { ["teamId"] = "t1", ["channelId"] = "19:channel@thread.tacv2" },
        },
    }.ToJsonString();

    /// <summary>A basic notification: only the resource, so the message would have to be fetched with the app's token.</summary>
    private static string Basic() => new JsonObject
    {
        ["subscriptionId"] = "9f1a1d4e-0000-4000-8000-000000000003",
        ["changeType"] = "created",
        ["clientState"] = "a-client-state",
        ["resource"] = "teams('t1')/channels('19:channel@thread.tacv2')/messages('1700000000003')",
        ["resourceData"] = new JsonObject { ["id"] = "1700000000003", ["@odata.type"] = "#Microsoft.Graph.chatMessage" },
    }.ToJsonString();

    private static string Lifecycle() => new JsonObject
    {
        ["subscriptionId"] = "9f1a1d4e-0000-4000-8000-000000000003",
        ["subscriptionExpirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
        ["tenantId"] = "84bd8158-6d4d-4958-8b9f-9d6445542f95",
        ["clientState"] = "a-client-state",
        ["lifecycleEvent"] = "reauthorizationRequired",
    }.ToJsonString();
}
