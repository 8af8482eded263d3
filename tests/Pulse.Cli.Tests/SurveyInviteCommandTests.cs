using Pulse.Application;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class SurveyInviteCommandTests
{
    [Fact]
    public async Task Invite_prints_one_working_link_per_line_and_json_on_request()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments]);
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);

        var plain = await CliRun.RunAsync(["survey", "invite", "--wave", "2026", "--org", "lindeloo", "--count", "3", .. test.CliArguments]);
        var json = await CliRun.RunAsync(["survey", "invite", "--wave", "2026", "--org", "lindeloo", "--base-url", "https://pulse.example.nl/", "--json", .. test.CliArguments]);

        plain.ExitCode.ShouldBe(0, plain.Error);
        var lines = plain.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(3);
        lines.ShouldAllBe(l => l.StartsWith("http://127.0.0.1:5000/survey/", StringComparison.Ordinal) && l.Length == "http://127.0.0.1:5000/survey/".Length + 43);
        lines.Distinct().Count().ShouldBe(3);
        json.ExitCode.ShouldBe(0, json.Error);
        var document = json.Json();
        document.GetProperty("wave").GetString().ShouldBe("2026");
        document.GetProperty("organisation").GetString().ShouldBe("lindeloo");
        var link = document.GetProperty("links")[0];
        link.GetProperty("number").GetInt32().ShouldBe(4);
        link.GetProperty("link").GetString()!.ShouldStartWith("https://pulse.example.nl/survey/");
        // The printed token opens the questionnaire of that organisation.
        var app = await PulseApp.OpenAsync(test.Options);
        var session = await app.Questionnaire.OpenAsync(lines[1][^43..]);
        (session!.Organisation, session.Wave, session.Number).ShouldBe(("lindeloo", "2026", 2));
    }

    [Fact]
    public async Task Bad_invitations_are_refused_without_creating_any()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments]);
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);

        var zero = await CliRun.RunAsync(["survey", "invite", "--wave", "2026", "--org", "lindeloo", "--count", "0", .. test.CliArguments]);
        var address = await CliRun.RunAsync(["survey", "invite", "--wave", "2026", "--org", "lindeloo", "--base-url", "pulse.example.nl", .. test.CliArguments]);
        var unknown = await CliRun.RunAsync(["survey", "invite", "--wave", "2026", "--org", "onbekend", .. test.CliArguments]);

        zero.ExitCode.ShouldBe(2);
        zero.Error.ShouldContain("--count");
        address.ExitCode.ShouldBe(2);
        address.Error.ShouldContain("pulse.example.nl");
        unknown.ExitCode.ShouldBe(1);
        unknown.Error.ShouldContain("onbekend");
        var app = await PulseApp.OpenAsync(test.Options);
        (await app.Questionnaire.ProgressAsync("2026")).Invited.ShouldBe(0);
    }
}
