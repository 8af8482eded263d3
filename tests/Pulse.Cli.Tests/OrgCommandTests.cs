using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class OrgCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Org_add_then_list_as_json(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var add = await CliRun.RunAsync(["org", "add", "gemeente-lindeloo", "--name", "Gemeente Lindeloo", "--employees", "1240", .. test.CliArguments]);
        var list = await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments]);

        add.ExitCode.ShouldBe(0, add.Error);
        list.ExitCode.ShouldBe(0, list.Error);
        var organisations = list.Json().GetProperty("organisations");
        organisations.GetArrayLength().ShouldBe(1);
        organisations[0].GetProperty("slug").GetString().ShouldBe("gemeente-lindeloo");
        organisations[0].GetProperty("name").GetString().ShouldBe("Gemeente Lindeloo");
        organisations[0].GetProperty("employees").GetInt32().ShouldBe(1240);
    }

    [Fact]
    public async Task Org_list_without_json_draws_a_table()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["org", "add", "waterschap-rijnvliet", "--name", "Waterschap Rijnvliet", .. test.CliArguments]);

        var list = await CliRun.RunAsync(["org", "list", .. test.CliArguments]);

        list.ExitCode.ShouldBe(0);
        list.Output.ShouldContain("waterschap-rijnvliet");
        list.Output.ShouldContain("Waterschap Rijnvliet");
        list.Output.ShouldContain("slug");
    }

    [Fact]
    public async Task Adding_a_slug_twice_fails_with_exit_code_1()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["org", "add", "ggz-de-horizon", "--name", "GGZ De Horizon", .. test.CliArguments]);

        var again = await CliRun.RunAsync(["org", "add", "ggz-de-horizon", "--name", "GGZ De Horizon", .. test.CliArguments]);

        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("already exists");
    }

    [Fact]
    public async Task Negative_employees_are_refused()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var run = await CliRun.RunAsync(["org", "add", "x", "--name", "X", "--employees", "-3", .. test.CliArguments]);

        // A bad value of an option is wrong usage.
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--employees");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sector_size_and_consent_to_be_named_are_recorded_and_listed(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var add = await CliRun.RunAsync(["org", "add", "gemeente-a", "--name", "Gemeente A", "--sector", "gemeente", .. test.CliArguments]);
        var set = await CliRun.RunAsync(["org", "set", "gemeente-a", "--employees", "4200", "--json", .. test.CliArguments]);
        var before = await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments]);
        var consent = await CliRun.RunAsync(["org", "consent", "gemeente-a", "--named", "yes", .. test.CliArguments]);
        var after = await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments]);
        var nothing = await CliRun.RunAsync(["org", "set", "gemeente-a", .. test.CliArguments]);

        add.ExitCode.ShouldBe(0, add.Error);
        set.ExitCode.ShouldBe(0, set.Error);
        consent.ExitCode.ShouldBe(0, consent.Error);
        var listed = before.Json().GetProperty("organisations")[0];
        listed.GetProperty("sector").GetString().ShouldBe("gemeente");
        listed.GetProperty("employees").GetInt32().ShouldBe(4200);
        listed.GetProperty("namedConsent").GetBoolean().ShouldBeFalse();
        after.Json().GetProperty("organisations")[0].GetProperty("namedConsent").GetBoolean().ShouldBeTrue();
        nothing.ExitCode.ShouldBe(2);
    }
}
