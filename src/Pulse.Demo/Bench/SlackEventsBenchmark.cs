using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pulse.Application;
using Pulse.Application.Live;
using Pulse.Storage;

namespace Pulse.Demo.Bench;

/// <summary>What `pulse bench slack-events` measured.</summary>
/// <param name="Accepted">Events answered 200 as new.</param>
/// <param name="AcceptedPerSecond">Accepted events per second, from the first request to the last acknowledgement.</param>
/// <param name="Stored">The run's messages in the database once the queue was drained.</param>
/// <param name="CpuSecondsToAcknowledge">CPU time of this whole process (senders, server and worker together) while the events were
/// posted: on a shared machine the wall clock measures the neighbours, this measures Pulse.</param>
/// <param name="Lost">Acknowledged events without their message: must be 0.</param>
public sealed record SlackEventsBenchmarkResult(
    string Organisation,
    int Events,
    int Concurrency,
    int Accepted,
    int Refused,
    double SecondsToAcknowledge,
    double AcceptedPerSecond,
    double P50Milliseconds,
    double P95Milliseconds,
    double MaxMilliseconds,
    double CpuSecondsToAcknowledge,
    double SecondsToDrain,
    long Stored,
    long Lost,
    string Database);

/// <summary>
/// Posts signed Slack message events to the web app's /hooks/slack/{slug} over loopback, as many at a
/// time as asked, then waits for the worker to apply them and counts the run's messages in the database.
/// Each run writes to a channel of its own, so earlier runs do not count.
/// </summary>
public sealed class SlackEventsBenchmark(PulseApp app)
{
    public async Task<SlackEventsBenchmarkResult> RunAsync(string slug, int events, int concurrency, Uri web, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var database = new PulseDatabase(app.Storage);
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var secret = await SecretAsync(slug, cancellationToken);
        var run = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var channel = "CBENCH" + run;
        var firstSecond = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 3600;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = web, Timeout = TimeSpan.FromMinutes(1) };
        var latencies = new double[events];
        var accepted = 0;
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < events)
            {
                var ts = (firstSecond + (i / 1_000_000)).ToString(CultureInfo.InvariantCulture) + "." + (i % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
                using var request = Signed(slug, secret, Event(run, channel, i, ts));
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request, cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref accepted);
            }
        }, cancellationToken)));
        var acknowledged = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        clock.Restart();
        var stored = await StoredAsync(database, organisation.Id, channel, cancellationToken);
        var drainedBy = DateTime.UtcNow.AddMinutes(10);
        while (stored < accepted && DateTime.UtcNow < drainedBy)
        {
            await Task.Delay(100, cancellationToken);
            stored = await StoredAsync(database, organisation.Id, channel, cancellationToken);
        }

        var sorted = latencies.Order().ToList();
        return new SlackEventsBenchmarkResult(
            slug, events, concurrency, accepted, events - accepted, acknowledged, accepted / acknowledged,
            Percentiles.Of(sorted, 0.50), Percentiles.Of(sorted, 0.95), sorted[^1], cpuSeconds, clock.Elapsed.TotalSeconds, stored, Math.Max(0, accepted - stored), app.Storage.Describe());
    }

    /// <summary>The organisation's signing secret: the one it is connected with, or a new random one for a first run.</summary>
    internal async Task<string> SecretAsync(string slug, CancellationToken cancellationToken)
    {
        if (await app.Connections.SlackSigningSecretAsync(slug, cancellationToken) is { } known) return known;
        var secret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        await app.Connections.ConnectSlackAsync(slug, secret, cancellationToken);
        return secret;
    }

    internal static string Event(string run, string channel, int i, string ts) =>
        $$"""{"token":"bench","team_id":"TBENCH","type":"event_callback","event_id":"Ev{{run}}{{i.ToString(CultureInfo.InvariantCulture)}}","event_time":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}},"event":{"type":"message","channel":"{{channel}}","channel_type":"channel","user":"UBENCH{{(i % 200).ToString(CultureInfo.InvariantCulture)}}","text":"Bericht {{i.ToString(CultureInfo.InvariantCulture)}} over de nieuwe werkplek","ts":"{{ts}}"} }""";

    /// <summary>A POST of <paramref name="json"/> to the organisation's Slack hook, signed as Slack signs it, timestamped now.</summary>
    internal static HttpRequestMessage Signed(string slug, string secret, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/slack/{slug}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Sign(secret, timestamp, body));
        return request;
    }

    private static async Task<long> StoredAsync(PulseDatabase database, long organisationId, string channel, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Messages.LongCountAsync(m => m.OrganisationId == organisationId && m.GroupExternalId == channel, cancellationToken);
    }
}
