namespace Pulse.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("demo");
        run.Output.ShouldContain("serve");
        run.Output.ShouldContain("org");
        run.Output.ShouldContain("--json");
        run.Output.ShouldContain("--data");
        run.Output.ShouldContain("--db");
    }

    [Fact]
    public async Task An_unknown_command_is_wrong_usage_with_exit_code_2()
    {
        var run = await CliRun.RunAsync("frobnicate");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("frobnicate");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_missing_argument_is_wrong_usage_and_says_which()
    {
        var run = await CliRun.RunAsync("org", "add", "--name", "Gemeente Lindeloo");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("slug");
        run.Error.ShouldContain("pulse org add --help");
    }

    [Fact]
    public async Task A_failure_is_one_sentence_on_stderr_without_a_stack_trace()
    {
        var data = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("monitor", "participation", "--org", "nobody-here", "--data", data);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
        run.Error.ShouldStartWith("pulse: ");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_slug_that_cannot_be_is_wrong_usage()
    {
        var data = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("org", "add", "Not_A_Slug", "--name", "X", "--data", data);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("lower-case letters");
    }

    [Fact]
    public async Task Verbose_adds_the_details_of_a_failure()
    {
        var data = Path.Combine(Path.GetTempPath(), "pulse-tests", Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("monitor", "participation", "--org", "nobody-here", "--data", data, "--verbose");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("   at ");
    }
}
