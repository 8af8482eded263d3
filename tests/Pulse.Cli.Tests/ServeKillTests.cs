using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pulse.Application;
using Pulse.Storage;

namespace Pulse.Cli.Tests;

/// <summary>
/// Issue 12's durability acceptance: `pulse serve` killed with SIGKILL while signed Slack events arrive;
/// after a restart, every event that was acknowledged with 200 is stored and applied. The server runs
/// as a child process (this test's own build of `pulse`), so the kill is a real one.
/// </summary>
public sealed class ServeKillTests
{
    private const string Org = "gemeente-lindeloo";
    private const string Secret = "kill-test-signing-secret";

    [Fact(Timeout = 240_000)]
    public async Task Every_acknowledged_event_is_stored_after_a_kill_and_a_restart()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));
        var storage = new StorageOptions(data, null);
        var pulse = await PulseApp.OpenAsync(storage, cancellationToken);
        await pulse.Organisations.AddAsync(Org, "Gemeente Lindeloo", null, cancellationToken: cancellationToken);
        await pulse.Connections.ConnectSlackAsync(Org, Secret, cancellationToken);
        var port = FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        var acknowledged = new ConcurrentBag<string>();
        using (var first = Serve(data, port))
        {
            // Should anything below fail, the server must not outlive the test.
            using var reaper = new Reaper(first);
            await HealthyAsync(client, first, cancellationToken);
            var next = -1;
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                int i;
                while (!stop.IsCancellationRequested && (i = Interlocked.Increment(ref next)) < 100_000)
                {
                    var ts = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 600).ToString(CultureInfo.InvariantCulture) + "." + i.ToString("D6", CultureInfo.InvariantCulture);
                    try
                    {
                        using var response = await client.SendAsync(Signed(ts, $"Ev{i}"), CancellationToken.None);
                        if (response.StatusCode == HttpStatusCode.OK) acknowledged.Add(ts);
                    }
                    catch (HttpRequestException)
                    {
                        // The server died with this request in flight: not acknowledged, so Slack would retry it.
                        return;
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            }, CancellationToken.None)).ToList();

            while (acknowledged.Count < 300) await Task.Delay(5, cancellationToken);
            // SIGKILL, mid-stream: no shutdown, no flush, no finally blocks in the server.
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(cancellationToken);
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }

        var acknowledgedAtKill = acknowledged.ToHashSet(StringComparer.Ordinal);
        acknowledgedAtKill.Count.ShouldBeGreaterThanOrEqualTo(300);
        using (var second = Serve(data, port))
        {
            try
            {
                await HealthyAsync(client, second, cancellationToken);
                var database = new PulseDatabase(storage);
                var stored = await StoredAsync(database);
                var waited = Stopwatch.StartNew();
                while (!acknowledgedAtKill.IsSubsetOf(stored) && waited.Elapsed < TimeSpan.FromSeconds(90))
                {
                    await Task.Delay(200, cancellationToken);
                    stored = await StoredAsync(database);
                }

                acknowledgedAtKill.Except(stored).ShouldBeEmpty("every event acknowledged before the kill is a message after the restart");
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>The ts of every stored message of the test channel.</summary>
    private static async Task<HashSet<string>> StoredAsync(PulseDatabase database)
    {
        await using var db = database.CreateContext();
        var ids = await db.Messages.AsNoTracking().Select(m => m.ExternalId).ToListAsync();
        return ids.Select(id => id["CKILL:".Length..]).ToHashSet(StringComparer.Ordinal);
    }

    private static HttpRequestMessage Signed(string ts, string eventId)
    {
        var body = $$"""{"type":"event_callback","event_id":"{{eventId}}","event":{"type":"message","channel":"CKILL","channel_type":"channel","user":"U1","text":"live {{eventId}}","ts":"{{ts}}"} }""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var signature = "v0=" + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))).ToLowerInvariant();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/slack/{Org}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }

    /// <summary>`pulse serve` as a child process, from this build.</summary>
    private static Process Serve(string data, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // pulse.dll, built beside this test with its own runtimeconfig and deps files.
        foreach (var argument in new[] { typeof(PulseCli).Assembly.Location, "serve", "--data", data, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task HealthyAsync(HttpClient client, Process server, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            server.HasExited.ShouldBeFalse("pulse serve exited before it answered");
            try
            {
                using var response = await client.GetAsync("/healthz", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException("pulse serve did not answer /healthz within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Reaper(Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
