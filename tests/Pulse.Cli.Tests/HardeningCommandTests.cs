using System.Text;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>The hardening issue's command-line promises: opt-ins, refusals and encodings, end to end.</summary>
public sealed class HardeningCommandTests
{
    /// <summary>Two channel posts (a thread with a reply) and a direct conversation of two messages, in May 2026.</summary>
    private const string Mattermost = """
        {"type":"version","version":1}
        {"type":"team","team":{"name":"kennis","display_name":"Kennisdeling","type":"O"}}
        {"type":"channel","channel":{"team":"kennis","name":"vragen","display_name":"Vragen","type":"O","purpose":""}}
        {"type":"user","user":{"username":"anna","email":"anna@x.nl","first_name":"Anna","last_name":"A","teams":[]}}
        {"type":"user","user":{"username":"bram","email":"bram@x.nl","first_name":"Bram","last_name":"B","teams":[]}}
        {"type":"post","post":{"team":"kennis","channel":"vragen","user":"anna","message":"Vraag","create_at":1778000000000,"replies":[{"user":"bram","message":"Antwoord","create_at":1778000400000}]}}
        {"type":"direct_post","direct_post":{"channel_members":["bram","anna"],"user":"bram","message":"Even privé","create_at":1778004000000,"replies":[{"user":"anna","message":"Prima","create_at":1778004100000}]}}
        """;

    private static async Task<TestDatabase> WithOrganisationAsync(string provider = "sqlite")
    {
        var test = await TestDatabase.CreateAsync(provider);
        (await CliRun.RunAsync(["org", "add", "lindeloo", "--name", "Lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);
        return test;
    }

    private static async Task<string> FileAsync(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("pulse-hardening").FullName, name);
        await File.WriteAllTextAsync(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private static async Task<int> MessagesAsync(TestDatabase test)
    {
        var run = await CliRun.RunAsync(["monitor", "participation", "--org", "lindeloo", "--from", "2026-05-01", "--to", "2026-06-01", "--json", .. test.CliArguments]);
        run.ExitCode.ShouldBe(0, run.Error);
        return run.Json().GetProperty("messages").GetInt32();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Private_messages_count_only_after_the_organisation_opts_in_and_stop_when_it_opts_out(string provider)
    {
        await using var test = await WithOrganisationAsync(provider);
        var export = await FileAsync("mm.jsonl", Mattermost);
        (await CliRun.RunAsync(["import", "mattermost", export, "--org", "lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var before = await MessagesAsync(test);
        var optIn = await CliRun.RunAsync(["org", "set", "lindeloo", "--include-private", "yes", .. test.CliArguments]);
        var opted = await MessagesAsync(test);
        await CliRun.RunAsync(["org", "set", "lindeloo", "--include-private", "no", .. test.CliArguments]);
        var after = await MessagesAsync(test);

        optIn.ExitCode.ShouldBe(0, optIn.Error);
        before.ShouldBe(2);
        opted.ShouldBe(4);
        after.ShouldBe(2);
    }

    [Fact]
    public async Task Include_private_takes_only_yes_or_no()
    {
        await using var test = await WithOrganisationAsync();

        var run = await CliRun.RunAsync(["org", "set", "lindeloo", "--include-private", "maybe", .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task A_header_only_directory_does_not_empty_the_directory_unless_allowed()
    {
        await using var test = await WithOrganisationAsync();
        var full = await FileAsync("hr.csv", "email,department,manager,target_group\na@x.nl,ICT,nee,ja\n");
        var empty = await FileAsync("leeg.csv", "email,department,manager,target_group\n");
        (await CliRun.RunAsync(["directory", "import", full, "--org", "lindeloo", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var refused = await CliRun.RunAsync(["directory", "import", empty, "--org", "lindeloo", .. test.CliArguments]);
        var list = await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments]);
        var allowed = await CliRun.RunAsync(["directory", "import", empty, "--org", "lindeloo", "--allow-empty", "--json", .. test.CliArguments]);

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("leeg.csv");
        refused.Error.ShouldContain("--allow-empty");
        list.Json().GetProperty("organisations")[0].GetProperty("people").GetInt32().ShouldBe(1);
        allowed.ExitCode.ShouldBe(0, allowed.Error);
        allowed.Json().GetProperty("result").GetProperty("removed").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_latin1_directory_is_refused_as_utf8_naming_the_line_and_read_correctly_with_encoding()
    {
        await using var test = await WithOrganisationAsync();
        var file = await FileAsync("hr.csv", "email,department,manager,target_group\na@x.nl,Financiën,nee,ja\n", Encoding.Latin1);

        var strict = await CliRun.RunAsync(["directory", "import", file, "--org", "lindeloo", .. test.CliArguments]);
        var latin1 = await CliRun.RunAsync(["directory", "import", file, "--org", "lindeloo", "--encoding", "latin1", .. test.CliArguments]);
        var bad = await CliRun.RunAsync(["directory", "import", file, "--org", "lindeloo", "--encoding", "ebcdic", .. test.CliArguments]);

        strict.ExitCode.ShouldBe(1);
        strict.Error.ShouldContain("hr.csv");
        strict.Error.ShouldContain("line 2");
        latin1.ExitCode.ShouldBe(0, latin1.Error);
        bad.ExitCode.ShouldBe(2);
        await using var db = test.Database.CreateContext();
        db.People.Single().Department.ShouldBe("Financiën");
    }

    [Fact]
    public async Task A_survey_file_naming_an_unknown_organisation_is_refused_unless_asked_to_create_it()
    {
        await using var test = await WithOrganisationAsync();
        (await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments])).ExitCode.ShouldBe(0);
        var header = (await CliRun.RunAsync(["survey", "template", "--wave", "2026", .. test.CliArguments])).Output.Trim();
        var columns = header.Split(',').Length;
        var file = await FileAsync("antwoorden.csv", header + "\n" + "lindelo,1" + new string(',', columns - 2) + "\n");

        var refused = await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", .. test.CliArguments]);
        var created = await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", "--create-organisations", "--json", .. test.CliArguments]);

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("lindelo");
        refused.Error.ShouldContain("--create-organisations");
        created.ExitCode.ShouldBe(0, created.Error);
        created.Json().GetProperty("result").GetProperty("organisationsCreated")[0].GetString().ShouldBe("lindelo");
    }

    [Fact]
    public async Task An_employee_survey_of_three_respondents_is_withheld_but_a_key_respondent_is_shown()
    {
        await using var test = await WithOrganisationAsync();
        (await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments])).ExitCode.ShouldBe(0);
        var header = (await CliRun.RunAsync(["survey", "template", "--wave", "2026", .. test.CliArguments])).Output.Trim();
        var blanks = new string(',', header.Split(',').Length - 2);
        var rows = new[] { "klein,1", "klein,2", "klein,3", "sleutel,1" }.Select(r => r + blanks);
        var file = await FileAsync("antwoorden.csv", header + "\n" + string.Join('\n', rows) + "\n");
        (await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", "--create-organisations", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var score = await CliRun.RunAsync(["score", "--wave", "2026", "--json", .. test.CliArguments]);

        score.ExitCode.ShouldBe(0, score.Error);
        var organisations = score.Json().GetProperty("organisations").EnumerateArray().ToDictionary(o => o.GetProperty("organisation").GetString()!);
        organisations["klein"].GetProperty("withheld").GetBoolean().ShouldBeTrue();
        organisations["klein"].GetProperty("respondents").GetInt32().ShouldBe(3);
        organisations["sleutel"].GetProperty("withheld").GetBoolean().ShouldBeFalse();
        var scorecard = await CliRun.RunAsync(["report", "--wave", "2026", "--org", "klein", "--out", Directory.CreateTempSubdirectory("pulse-card").FullName, "--no-pdf", .. test.CliArguments]);
        scorecard.ExitCode.ShouldBe(1);
        scorecard.Error.ShouldContain("withheld");
    }

    [Theory]
    [InlineData("--employees", "-5")]
    [InlineData("--model", "v9")]
    public async Task A_bad_option_value_is_wrong_usage(string option, string value)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var run = option == "--model"
            ? await CliRun.RunAsync(["wave", "create", "2026", "--model", value, .. test.CliArguments])
            : await CliRun.RunAsync(["org", "add", "x", "--name", "X", option, value, .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task Data_and_db_together_are_wrong_usage()
    {
        var run = await CliRun.RunAsync(["org", "list", "--data", "somewhere", "--db", "Host=127.0.0.1"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("either --data");
    }

    [Fact]
    public async Task A_reversed_period_is_wrong_usage()
    {
        await using var test = await WithOrganisationAsync();

        var run = await CliRun.RunAsync(["monitor", "participation", "--org", "lindeloo", "--from", "2026-06-01", "--to", "2026-05-01", .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("must come before");
    }
}
