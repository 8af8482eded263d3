using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Pulse.Application;
using Pulse.Connectors.Yammer;

namespace Pulse.Demo.Bench;

/// <summary>What `pulse bench live` measured: the cost of one live update of an open organisation page.</summary>
/// <param name="Via">How each message arrived: <c>import</c> (through the application layer, as the Yammer poller does) or <c>slack</c> (a signed event posted to the hook).</param>
/// <param name="ImportP50Milliseconds">One new message imported through the application layer (transaction, aggregates, index, alerts); via Slack, the hook's acknowledgement.</param>
/// <param name="CommitToEventP50Milliseconds">From the import's commit (the time in the event) to the event read off /org/SLUG/live.</param>
/// <param name="RefreshP50Milliseconds">The page fetch live.js makes on each event (the whole body).</param>
/// <param name="ShownP50Milliseconds">From the message handed over (the import called; via Slack: the acknowledgement received) to the refreshed page received: what the person watching waits.</param>
public sealed record LiveBenchmarkResult(
    string Organisation,
    string Via,
    int Updates,
    double ImportP50Milliseconds,
    double ImportP95Milliseconds,
    double CommitToEventP50Milliseconds,
    double CommitToEventP95Milliseconds,
    double CommitToEventMaxMilliseconds,
    double RefreshP50Milliseconds,
    double RefreshP95Milliseconds,
    long PageBytes,
    double ShownP50Milliseconds,
    double ShownP95Milliseconds,
    double ShownMaxMilliseconds,
    string Database);

/// <summary>
/// Opens the live stream of an organisation on the web app listening at a loopback address, hands over
/// one new message at a time — imported as the Yammer poller does, or posted as a signed Slack event to
/// the hook, whose worker applies it — and times the import (or acknowledgement), its announcement on
/// the stream, and the page refresh that follows. Adds <c>updates</c> synthetic messages to the
/// organisation (and, via Slack, connects it with a random signing secret when it has none).
/// </summary>
public sealed class LiveBenchmark(PulseApp app)
{
    public async Task<LiveBenchmarkResult> RunAsync(string slug, int updates, Uri web, bool viaSlack, CancellationToken cancellationToken)
    {
        using var client = await BenchSignIn.ClientAsync(app, web, TimeSpan.FromMinutes(5), cancellationToken);
        using var stream = await client.GetAsync(new Uri($"/org/{Uri.EscapeDataString(slug)}/live", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!stream.IsSuccessStatusCode) throw new InvalidOperationException($"/org/{slug}/live answered {(int)stream.StatusCode}.");
        var events = Channel.CreateUnbounded<(string Type, string Data, DateTimeOffset At)>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadEventsAsync(await stream.Content.ReadAsStreamAsync(cancellationToken), events.Writer, stop.Token);
        await NextAsync(events.Reader, "open", cancellationToken);

        var page = new Uri($"/org/{Uri.EscapeDataString(slug)}", UriKind.Relative);
        long bytes = (await client.GetByteArrayAsync(page, cancellationToken)).LongLength;
        var imports = new List<double>();
        var delays = new List<double>();
        var refreshes = new List<double>();
        var shown = new List<double>();
        var clock = new Stopwatch();
        var first = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;
        var secret = viaSlack ? await new SlackEventsBenchmark(app).SecretAsync(slug, cancellationToken) : "";
        var run = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        for (var i = 0; i < updates; i++)
        {
            clock.Restart();
            if (viaSlack)
            {
                var ts = (first / 1_000_000 + i).ToString(CultureInfo.InvariantCulture) + ".000100";
                using var request = SlackEventsBenchmark.Signed(slug, secret, SlackEventsBenchmark.Event(run, "CLIVE" + run, i, ts));
                using var response = await client.SendAsync(request, cancellationToken);
                if (response.StatusCode != System.Net.HttpStatusCode.OK) throw new InvalidOperationException($"/hooks/slack/{slug} answered {(int)response.StatusCode}.");
            }
            else
            {
                await app.Imports.ImportReadAsync(new YammerApiConnector([Message(first + i)]), "bench live", slug, pseudonymise: false, progress: null, cancellationToken);
            }

            imports.Add(clock.Elapsed.TotalMilliseconds);
            var handedOver = Stopwatch.GetTimestamp();
            var (_, data, at) = await NextAsync(events.Reader, "import", cancellationToken);
            delays.Add((at - DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(data, CultureInfo.InvariantCulture))).TotalMilliseconds);
            clock.Restart();
            bytes = (await client.GetByteArrayAsync(page, cancellationToken)).LongLength;
            refreshes.Add(clock.Elapsed.TotalMilliseconds);
            shown.Add(Stopwatch.GetElapsedTime(viaSlack ? handedOver : handedOver - (long)(imports[^1] * Stopwatch.Frequency / 1000)).TotalMilliseconds);
        }

        await stop.CancelAsync();
        try
        {
            await reading;
        }
        catch (OperationCanceledException)
        {
            // The stream was closed on purpose.
        }

        imports.Sort();
        delays.Sort();
        refreshes.Sort();
        shown.Sort();
        return new LiveBenchmarkResult(
            slug, viaSlack ? "slack" : "import", updates, Percentiles.Of(imports, 0.5), Percentiles.Of(imports, 0.95), Percentiles.Of(delays, 0.5), Percentiles.Of(delays, 0.95), delays[^1],
            Percentiles.Of(refreshes, 0.5), Percentiles.Of(refreshes, 0.95), bytes, Percentiles.Of(shown, 0.5), Percentiles.Of(shown, 0.95), shown[^1], app.Storage.Describe());
    }

    /// <summary>One new post, now, by a bench account in a bench group: counted like any other.</summary>
    private static YammerApiPage Message(long id)
    {
        var now = DateTimeOffset.UtcNow.ToString("yyyy/MM/dd HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var json = $$"""
            { "messages": [ { "id": {{id}}, "sender_id": 990000001, "thread_id": {{id}}, "group_id": 990000002, "created_at": "{{now}}",
                              "message_type": "update", "sender_type": "user", "body": { "plain": "live bench {{id}}" } } ],
              "references": [ { "type": "user", "id": 990000001, "full_name": "Bench Live" }, { "type": "group", "id": 990000002, "full_name": "Bench live" } ] }
            """;
        return YammerApiReader.Read(Encoding.UTF8.GetBytes(json), "bench live");
    }

    private static async Task<(string Type, string Data, DateTimeOffset At)> NextAsync(ChannelReader<(string Type, string Data, DateTimeOffset At)> events, string type, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var item = await events.ReadAsync(timeout.Token);
            if (item.Type == type) return item;
        }
    }

    /// <summary>The Server-Sent Events wire format, read line by line; each event stamped when its blank line arrives.</summary>
    private static async Task ReadEventsAsync(Stream body, ChannelWriter<(string, string, DateTimeOffset)> events, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        string type = "message", data = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                events.TryWrite((type, data, DateTimeOffset.UtcNow));
                (type, data) = ("message", "");
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
    }
}
