using System.Net;
using Pulse.Application.Tests.Live;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>`pulse connect yammer` against the stand-in API on loopback.</summary>
public sealed class ConnectCommandTests
{
    [Fact]
    public async Task Connect_yammer_polls_once_keeps_the_connection_and_reports_the_import()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(61, 7, "hallo"), YammerStandIn.Message(62, 7, "wie komt er?"), YammerStandIn.Message(63, 7, "Anna joined", system: true));
        api.FailNext(HttpStatusCode.TooManyRequests, retryAfter: "0");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["connect", "yammer", "--org", "lindeloo", "--token", YammerStandIn.Token, "--base-url", api.BaseUrl.ToString(), "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("cursor").GetString().ShouldBe("63");
        json.GetProperty("import").GetProperty("result").GetProperty("messages").GetProperty("new").GetInt64().ShouldBe(3);
        var figures = await CliRun.RunAsync(["monitor", "participation", "--org", "lindeloo", "--from", "2026-11-28", "--to", "2026-11-29", "--json", .. test.CliArguments]);
        // Two posts; the system message does not count.
        figures.Json().GetProperty("messages").GetInt32().ShouldBe(2, figures.Output);
    }

    [Fact]
    public async Task A_refused_token_exits_with_a_failure_that_says_so()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await using var api = await YammerStandIn.StartAsync();
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["connect", "yammer", "--org", "lindeloo", "--token", "verlopen", "--base-url", api.BaseUrl.ToString(), .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("refused the token (401");
    }

    [Fact]
    public async Task A_base_url_that_is_not_http_is_wrong_usage()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["connect", "yammer", "--org", "lindeloo", "--token", "t", "--base-url", "ftp://yammer.example.org", .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--base-url");
    }
}
