using System.Net;
using System.Text;
using Npgsql;
using Pulse.Application;
using Pulse.Application.Tests.Live;
using Pulse.Storage;
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

    private const string SigningSecret = "c0ffee51gn1ng5ecret0f7he5lackapp";

    [Fact]
    public async Task Connect_slack_and_yammer_leave_neither_secret_in_the_database_file_and_the_server_still_uses_them()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await using var api = await YammerStandIn.StartAsync();
        api.Add(YammerStandIn.Message(61, 7, "hallo"));
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var slack = await CliRun.RunAsync(["connect", "slack", "--org", "lindeloo", "--signing-secret", SigningSecret, .. test.CliArguments]);
        var yammer = await CliRun.RunAsync(["connect", "yammer", "--org", "lindeloo", "--token", YammerStandIn.Token, "--base-url", api.BaseUrl.ToString(), .. test.CliArguments]);

        slack.ExitCode.ShouldBe(0, slack.Error);
        yammer.ExitCode.ShouldBe(0, yammer.Error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Every file SQLite wrote, as raw bytes: the promise checked from outside.
        var text = Encoding.UTF8.GetString([.. Directory.GetFiles(test.Options.DataDirectory, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes)]);
        text.ShouldContain(api.BaseUrl.ToString(), customMessage: "the check reads the file that holds the connections");
        text.ShouldNotContain(SigningSecret);
        text.ShouldNotContain(YammerStandIn.Token);
        // The key is in the key folder beside the data (pulse-keys), readable by its owner only.
        var key = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(test.Options.DataDirectory))!, "pulse-keys", ConnectionSecrets.FileName);
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(key).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // Another process over the same data (as `pulse serve` is) opens both: it signs as Slack would, and polls with the token.
        var server = await PulseApp.OpenAsync(test.Options);
        (await server.Connections.SlackSigningSecretAsync("lindeloo")).ShouldBe(SigningSecret);
        api.Add(YammerStandIn.Message(62, 7, "nog een"));
        var poll = await server.Yammer.PollAsync("lindeloo", CancellationToken.None);
        poll.Cursor.ShouldBe("62");
        api.Requests[^1].Status.ShouldBe(200, "the stand-in accepts only the real token");
    }

    [Fact]
    public async Task On_postgres_connect_needs_a_key_folder_and_keeps_the_secret_sealed()
    {
        await using var test = await TestDatabase.CreateAsync("postgres");
        // The test database's own key folder (removed with it); the CLI arguments leave it out.
        var keys = test.Options.KeyDirectory!;
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var withoutKeys = await CliRun.RunAsync(["connect", "slack", "--org", "lindeloo", "--signing-secret", SigningSecret, .. test.CliArguments]);
        var withKeys = await CliRun.RunAsync(["connect", "slack", "--org", "lindeloo", "--signing-secret", SigningSecret, "--keys", keys, .. test.CliArguments]);

        withoutKeys.ExitCode.ShouldBe(2);
        withoutKeys.Error.ShouldContain("--keys");
        withKeys.ExitCode.ShouldBe(0, withKeys.Error);
        await using (var connection = new NpgsqlConnection(test.Options.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT settings FROM connections WHERE platform = 'slack'", connection);
            var settings = (string)(await command.ExecuteScalarAsync())!;
            settings.ShouldStartWith("{\"signingSecret\":\"sealed:v1:");
            settings.ShouldNotContain(SigningSecret);
        }

        var server = await PulseApp.OpenAsync(test.Options);
        (await server.Connections.SlackSigningSecretAsync("lindeloo")).ShouldBe(SigningSecret);
    }
}
