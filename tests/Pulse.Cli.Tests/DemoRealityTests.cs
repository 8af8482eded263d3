namespace Pulse.Cli.Tests;

/// <summary>Issue 10, item 7: the demo's organisation claims something its messages contradict.</summary>
public sealed class DemoRealityTests
{
    [Fact]
    public async Task The_demo_claims_more_than_its_messages_show_and_its_earlier_wave_has_no_messages_to_check()
    {
        var data = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));
        (await CliRun.RunAsync("demo", "--no-serve", "--data", data)).ExitCode.ShouldBe(0);

        var latest = await CliRun.RunAsync("monitor", "reality", "--org", "gemeente-lindeloo", "--wave", "2026", "--json", "--data", data);
        var earlier = await CliRun.RunAsync("monitor", "reality", "--org", "gemeente-lindeloo", "--wave", "2025", "--json", "--data", data);

        latest.ExitCode.ShouldBe(0, latest.Error);
        var lines = latest.Json().GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("claim").GetString()!);
        // Five respondents claim 55, 60, 65, 60 and 60 % active: 60 on average, more than 10 points above the messages.
        lines["active_share"].GetProperty("claimedLow").GetDouble().ShouldBe(60, 1e-9);
        lines["active_share"].GetProperty("verdict").GetString().ShouldBeOneOf("above", "farAbove");
        lines["need_for_work_share"].GetProperty("claimedLow").GetDouble().ShouldBe(45, 1e-9);
        lines["need_for_work_share"].GetProperty("verdict").GetString().ShouldBe("farAbove");
        // The demo's wave 2026 is dated at the end of its messages: the period is their last 90 days.
        latest.Json().GetProperty("to").GetString().ShouldBe("2026-11-29T00:00:00Z");
        earlier.Json().GetProperty("lines").EnumerateArray().ShouldContain(l => l.GetProperty("unknown").GetString() == "noMessages");
    }
}
