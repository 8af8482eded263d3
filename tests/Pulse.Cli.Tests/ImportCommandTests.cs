using System.Text.Json;
using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Tests.Metrics.Randomised;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class ImportCommandTests
{
    private static string Scratch() => Directory.CreateTempSubdirectory("pulse-import").FullName;

    private static async Task<(string Zip, string Directory)> PrepareAsync(TestDatabase test, SyntheticYammer export)
    {
        var folder = Scratch();
        var zip = Path.Combine(folder, "export.zip");
        var directory = Path.Combine(folder, "hr.csv");
        export.WriteZip(zip);
        export.WriteDirectory(directory);
        (await CliRun.RunAsync(["org", "add", "gemeente-lindeloo", "--name", "Gemeente Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        return (zip, directory);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_yammer_export_and_its_directory_give_the_figures_of_an_independent_implementation_and_a_second_import_changes_none(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var export = new SyntheticYammer(seed: 11);
        var (zip, directory) = await PrepareAsync(test, export);
        string[] period = ["--from", "2026-04-01", "--to", "2026-06-01"];

        var hr = await CliRun.RunAsync(["directory", "import", directory, "--org", "gemeente-lindeloo", .. test.CliArguments]);
        var first = await CliRun.RunAsync(["import", "yammer", zip, "--org", "gemeente-lindeloo", "--json", .. test.CliArguments]);
        var figures = await CliRun.RunAsync(["monitor", "participation", "--org", "gemeente-lindeloo", "--json", .. period, .. test.CliArguments]);
        var second = await CliRun.RunAsync(["import", "yammer", zip, "--org", "gemeente-lindeloo", "--json", .. test.CliArguments]);
        var again = await CliRun.RunAsync(["monitor", "participation", "--org", "gemeente-lindeloo", "--json", .. period, .. test.CliArguments]);

        hr.ExitCode.ShouldBe(0, hr.Error);
        first.ExitCode.ShouldBe(0, first.Error);
        var (messages, accounts) = export.Expected();
        var expected = NaiveParticipation.Compute(
            new ParticipationInput(messages, accounts, export.Directory),
            new Period(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            threshold: 5);
        var json = figures.Json();
        json.GetProperty("messages").GetInt32().ShouldBe(expected.Messages);
        json.GetProperty("threads").GetInt32().ShouldBe(expected.Threads);
        json.GetProperty("replies").GetInt32().ShouldBe(expected.Replies);
        json.GetProperty("contributors").GetInt32().ShouldBe(expected.Contributors);
        json.GetProperty("targetGroupSize").GetInt32().ShouldBe(expected.TargetGroupSize);
        json.GetProperty("activeInTargetGroup").GetInt32().ShouldBe(expected.ActiveInTargetGroup);
        Close(json, "participationRate", expected.ParticipationRate);
        json.GetProperty("managersInTargetGroup").GetInt32().ShouldBe(expected.ManagersInTargetGroup);
        json.GetProperty("activeManagers").GetInt32().ShouldBe(expected.ActiveManagers);
        Close(json, "managementParticipationRate", expected.ManagementParticipationRate);
        Close(json, "threadsAnsweredWithin24h", expected.ThreadsAnsweredWithin24h);
        Close(json, "medianHoursToFirstReply", expected.MedianHoursToFirstReply);
        json.GetProperty("unansweredThreads").GetInt32().ShouldBe(expected.UnansweredThreads);
        Close(json, "crossDepartmentReplyShare", expected.CrossDepartmentReplyShare);
        Close(json.GetProperty("pyramid"), "lurkerShare", expected.Pyramid.LurkerShare);
        Close(json.GetProperty("pyramid"), "top10PercentShare", expected.Pyramid.Top10PercentShare);
        Close(json.GetProperty("pyramid"), "gini", expected.Pyramid.Gini);
        json.GetProperty("newcomers").GetInt32().ShouldBe(expected.Newcomers);
        Close(json, "retention", expected.Retention);
        json.GetProperty("departments").GetArrayLength().ShouldBe(expected.Departments.Count);
        json.GetProperty("hiddenDepartments").GetInt32().ShouldBe(expected.HiddenDepartments);
        expected.Messages.ShouldBeGreaterThan(50);

        second.ExitCode.ShouldBe(0, second.Error);
        var counts = second.Json().GetProperty("result").GetProperty("messages");
        counts.GetProperty("new").GetInt32().ShouldBe(0);
        counts.GetProperty("updated").GetInt32().ShouldBe(0);
        again.Output.ShouldBe(figures.Output);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_truncated_export_is_refused_with_a_line_number_and_leaves_no_message_behind(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var (zip, _) = await PrepareAsync(test, new SyntheticYammer(seed: 3, threads: 2000));
        var truncated = Path.Combine(Scratch(), "export-cut.zip");
        var bytes = await File.ReadAllBytesAsync(zip);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length * 2 / 3)]);

        var run = await CliRun.RunAsync(["import", "yammer", truncated, "--org", "gemeente-lindeloo", .. test.CliArguments]);
        var list = await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("export-cut.zip");
        run.Error.ShouldContain("line ");
        var organisation = list.Json().GetProperty("organisations")[0];
        organisation.GetProperty("messages").GetInt32().ShouldBe(0);
        organisation.GetProperty("accounts").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_row_halfway_leaves_the_earlier_import_exactly_as_it_was()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var (zip, _) = await PrepareAsync(test, new SyntheticYammer(seed: 5));
        await CliRun.RunAsync(["import", "yammer", zip, "--org", "gemeente-lindeloo", .. test.CliArguments]);
        var before = (await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments])).Output;
        var folder = Scratch();
        System.IO.Compression.ZipFile.ExtractToDirectory(zip, folder);
        var messages = Path.Combine(folder, "Messages.csv");
        var lines = (await File.ReadAllTextAsync(messages)).Split("\r\n").ToList();
        lines.Insert(lines.Count / 2, lines[1].Replace("\"2026-", "\"not a date 2026-", StringComparison.Ordinal));
        await File.WriteAllTextAsync(messages, string.Join("\r\n", lines));

        var run = await CliRun.RunAsync(["import", "yammer", folder, "--org", "gemeente-lindeloo", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Messages.csv");
        run.Error.ShouldContain("created_at");
        (await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments])).Output.ShouldBe(before);
    }

    [Fact]
    public async Task The_real_slack_sample_imports_and_reimports_without_change()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var archive = SharedData.PathOrSkip("slack-export-viewer-testarchive", "testarchive.zip");
        await CliRun.RunAsync(["org", "add", "acme", "--name", "Acme", .. test.CliArguments]);

        var first = await CliRun.RunAsync(["import", "slack", archive, "--org", "acme", "--json", .. test.CliArguments]);
        var second = await CliRun.RunAsync(["import", "slack", archive, "--org", "acme", "--json", .. test.CliArguments]);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Json().GetProperty("result").GetProperty("messages").GetProperty("new").GetInt32().ShouldBe(158);
        second.Json().GetProperty("result").GetProperty("messages").GetProperty("new").GetInt32().ShouldBe(0);
        second.Json().GetProperty("result").GetProperty("messages").GetProperty("updated").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Importing_into_an_unknown_organisation_or_from_a_missing_path_fails_clearly()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["org", "add", "acme", "--name", "Acme", .. test.CliArguments]);

        var unknown = await CliRun.RunAsync(["import", "yammer", ".", "--org", "nobody", .. test.CliArguments]);
        var missing = await CliRun.RunAsync(["import", "yammer", "/no/such/export.zip", "--org", "acme", .. test.CliArguments]);

        unknown.ExitCode.ShouldBe(1);
        unknown.Error.ShouldContain("no organisation 'nobody'");
        missing.ExitCode.ShouldBe(1);
        missing.Error.ShouldContain("/no/such/export.zip");
    }

    private static void Close(JsonElement json, string name, double? expected)
    {
        var actual = json.GetProperty(name);
        if (expected is null) actual.ValueKind.ShouldBe(JsonValueKind.Null, name);
        else actual.GetDouble().ShouldBe(expected.Value, 1e-9, name);
    }
}
