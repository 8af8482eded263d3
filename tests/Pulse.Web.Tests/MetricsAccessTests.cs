using System.Net;
using Pulse.Web.Hooks;

namespace Pulse.Web.Tests;

/// <summary>Who may read /metrics: this machine, or an administrator from anywhere; nobody else learns it exists.</summary>
public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("203.0.113.7", "admin", true)]
    [InlineData("203.0.113.7", "analyst", false)]
    [InlineData("203.0.113.7", null, false)]
    public void Loopback_or_an_administrator(string address, string? role, bool allowed) =>
        MetricsEndpoint.MayRead(IPAddress.Parse(address), role).ShouldBe(allowed);

    [Fact]
    public async Task Metrics_are_prometheus_text_with_every_counter_from_zero()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Anonymous.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldStartWith("text/plain; version=0.0.4");
        text.ShouldContain("# TYPE pulse_hook_requests_total counter\n");
        foreach (var outcome in new[] { "accepted", "duplicate", "forged", "stale", "malformed" })
        {
            text.ShouldContain($"pulse_hook_requests_total{{platform=\"slack\",outcome=\"{outcome}\"}} 0\n");
            text.ShouldContain($"pulse_hook_requests_total{{platform=\"graph\",outcome=\"{outcome}\"}} 0\n");
        }

        text.ShouldContain("pulse_inbound_queue_depth 0\n");
    }
}
