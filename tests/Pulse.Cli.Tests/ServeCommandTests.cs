using System.Net;
using System.Net.Sockets;

namespace Pulse.Cli.Tests;

/// <summary>
/// `pulse serve`: warns while anyone on the network could read the figures, and says in one
/// sentence why it cannot listen. Exit codes as promised: 1 failed, 2 wrong usage.
/// </summary>
public sealed class ServeCommandTests
{
    private const string Exposed = "passwords and sessions travel unencrypted";

    private static string DataFolder() => Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));

    // Time limits with the test's token: were a value wrongly accepted, serve would listen until stopped.
    [Theory(Timeout = 60_000)]
    [InlineData("localhost:5000")]
    [InlineData("127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("http://127.0.0.1:port")] // would be a host name "127.0.0.1:port" on port 80
    [InlineData("http://127.0.0.1:5000:5001")]
    [InlineData("http://local host:5000")]
    [InlineData("ftp://127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:5000/pulse")]
    [InlineData("http://127.0.0.1:5000;nonsense")]
    [InlineData(" ; ")]
    public async Task A_malformed_urls_value_is_wrong_usage_in_one_sentence(string urls)
    {
        var data = DataFolder();

        var run = await CliRun.RunAsync(["serve", "--urls", urls, "--data", data], TestContext.Current.CancellationToken);

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
        run.Error.ShouldStartWith("pulse: ");
        run.Error.ShouldContain("--urls");
        run.Error.ShouldNotContain("unexpected error");
        run.Error.ShouldNotContain("   at ");
        Directory.Exists(data).ShouldBeFalse("nothing is created for a command that was called wrongly");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_port_in_use_is_one_sentence_and_exit_code_1_without_a_warning_on_loopback()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliRun.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}", "--data", DataFolder()], TestContext.Current.CancellationToken);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
        run.Error.ShouldStartWith("pulse: ");
        run.Error.ShouldContain($"127.0.0.1:{port}");
        run.Error.ShouldContain("already in use");
        run.Error.ShouldNotContain("unexpected error");
        run.Error.ShouldNotContain(Exposed);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_non_loopback_address_is_warned_about_on_standard_error()
    {
        // The port is taken so that the command ends by itself; the warning comes before listening.
        using var taken = new TcpListener(IPAddress.Any, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliRun.RunAsync(["serve", "--urls", $"http://0.0.0.0:{port}", "--data", DataFolder()], TestContext.Current.CancellationToken);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(Exposed);
        run.Error.ShouldContain($"0.0.0.0:{port}");
        run.Output.ShouldNotContain(Exposed);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://192.168.1.20:5000", false)]
    [InlineData("http://pulse.example.nl:5000", false)]
    public void Only_loopback_addresses_count_as_local(string url, bool local)
    {
        Pulse.Cli.Commands.ServeCommand.IsLocal(Pulse.Cli.Commands.ServeCommand.Addresses(url).Single()).ShouldBe(local);
    }
}
