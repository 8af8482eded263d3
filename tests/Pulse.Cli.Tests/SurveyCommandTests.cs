using System.Globalization;
using System.Text;
using System.Text.Json;
using Pulse.Maturity.Tests.Support;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

public sealed class SurveyCommandTests
{
    private static async Task<string> TemplateAsync(TestDatabase test)
    {
        var run = await CliRun.RunAsync(["survey", "template", "--wave", "2026", .. test.CliArguments]);
        run.ExitCode.ShouldBe(0, run.Error);
        return run.Output.Trim();
    }

    private static async Task<string> WriteAsync(string header, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var columns = header.Split(',');
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => row.TryGetValue(c, out var v) ? v : string.Empty)).Append('\n');
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("pulse-survey").FullName, "antwoorden.csv");
        await File.WriteAllTextAsync(path, text.ToString());
        return path;
    }

    [Fact]
    public async Task The_template_has_organisation_respondent_and_every_item_of_the_model()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);
        var model = (await CliRun.RunAsync("model", "show", "--json")).Json();

        var header = (await TemplateAsync(test)).Split(',');

        header[..2].ShouldBe(["organisation", "respondent"]);
        var items = model.GetProperty("preconditions").EnumerateArray()
            .SelectMany(p => p.GetProperty("constructs").EnumerateArray())
            .SelectMany(c => c.GetProperty("items").EnumerateArray())
            .Concat(model.GetProperty("facts").EnumerateArray())
            .Select(i => i.GetProperty("id").GetString()!);
        header[2..].ShouldBe(items);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Random_answers_score_as_an_independent_implementation_of_the_model_says(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);
        var modelJson = (await CliRun.RunAsync("model", "show", "--json")).Output;
        var reference = new ReferenceScorer(modelJson);
        var random = new Random(2026);
        var responses = new List<RefResponse>();
        for (var o = 0; o < 24; o++)
        {
            // Five respondents (the anonymity threshold) so that their combined scores are published, not withheld.
            var respondents = o % 5 == 0 ? 5 : 1;
            for (var r = 1; r <= respondents; r++)
            {
                var answers = reference.AllItems.ToDictionary(i => i.Id, i => RandomValue(i, random, o));
                responses.Add(new RefResponse($"org-{o:D2}", r.ToString(CultureInfo.InvariantCulture), answers));
            }
        }

        var file = await WriteAsync(await TemplateAsync(test), responses.Select(r =>
            (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(r.Answers.Select(a => KeyValuePair.Create(a.Key, a.Value ?? "dk")))
            {
                ["organisation"] = r.Organisation,
                ["respondent"] = r.Respondent,
            }));
        var import = await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", "--create-organisations", .. test.CliArguments]);
        var score = await CliRun.RunAsync(["score", "--wave", "2026", "--json", .. test.CliArguments]);

        import.ExitCode.ShouldBe(0, import.Error);
        score.ExitCode.ShouldBe(0, score.Error);
        var expected = reference.ScoreOrganisations(responses);
        var expectedAlpha = reference.Reliability(responses, expected);
        var json = score.Json();
        json.GetProperty("organisations").GetArrayLength().ShouldBe(expected.Count);
        foreach (var organisation in json.GetProperty("organisations").EnumerateArray())
        {
            var want = expected[organisation.GetProperty("organisation").GetString()!];
            Close(organisation.GetProperty("index"), want.Index);
            Nullable(organisation.GetProperty("stage"))?.GetInt32().ShouldBe(want.Stage!.Value);
            if (want.Stage is null) organisation.GetProperty("stage").ValueKind.ShouldBe(JsonValueKind.Null);
            foreach (var (id, value) in want.Preconditions) Close(organisation.GetProperty("preconditions").GetProperty(id), value);
            foreach (var (id, value) in want.Constructs) Close(organisation.GetProperty("constructs").GetProperty(id), value);
        }

        foreach (var (id, alpha) in expectedAlpha) Close(json.GetProperty("reliability").GetProperty(id), alpha);
        expected.Values.Count(o => o.Index is not null).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task A_file_with_one_bad_value_is_refused_with_line_column_and_value_and_the_wave_stays_as_it_was()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);
        var header = await TemplateAsync(test);
        var good = await WriteAsync(header, [Row("gemeente-lindeloo", ("pe_faster", "4"))]);
        await CliRun.RunAsync(["survey", "import", good, "--wave", "2026", "--create-organisations", .. test.CliArguments]);
        var before = (await CliRun.RunAsync(["score", "--wave", "2026", "--json", .. test.CliArguments])).Output;

        var bad = await WriteAsync(header, [Row("gemeente-lindeloo", ("pe_faster", "2")), Row("waterschap-rijnvliet", ("pe_faster", "9"))]);
        var run = await CliRun.RunAsync(["survey", "import", bad, "--wave", "2026", "--create-organisations", .. test.CliArguments]);
        var after = (await CliRun.RunAsync(["score", "--wave", "2026", "--json", .. test.CliArguments])).Output;

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("antwoorden.csv refused, nothing was imported");
        run.Error.ShouldContain("line 3");
        run.Error.ShouldContain("column pe_faster");
        run.Error.ShouldContain("value '9'");
        after.ShouldBe(before);
        (await CliRun.RunAsync(["org", "list", "--json", .. test.CliArguments])).Json().GetProperty("organisations").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("active_share", "140")]
    [InlineData("mod_who", "everybody")]
    [InlineData("has_community", "misschien")]
    public async Task Values_outside_the_item_are_refused(string item, string value)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);
        var file = await WriteAsync(await TemplateAsync(test), [Row("one", (item, value))]);

        var run = await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", "--create-organisations", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"column {item}");
        run.Error.ShouldContain($"value '{value}'");
    }

    [Fact]
    public async Task An_unknown_item_column_is_refused()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);
        var file = await WriteAsync("organisation,pe_faster,made_up_item", [Row("one", ("pe_faster", "3"), ("made_up_item", "1"))]);

        var run = await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", "--create-organisations", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("made_up_item");
        run.Error.ShouldContain("line 1");
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);
        var file = await WriteAsync(await TemplateAsync(test), [Row("one", ("pe_faster", "4"), ("has_community", "ja")), Row("two", ("pe_faster", "5"))]);
        var first = await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", "--create-organisations", .. test.CliArguments]);

        var second = await CliRun.RunAsync(["survey", "import", file, "--wave", "2026", "--create-organisations", "--json", .. test.CliArguments]);

        first.ExitCode.ShouldBe(0, first.Error);
        var result = second.Json().GetProperty("result");
        result.GetProperty("new").GetInt32().ShouldBe(0);
        result.GetProperty("updated").GetInt32().ShouldBe(0);
        result.GetProperty("unchanged").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_limesurvey_export_imports_through_its_mapping_file()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments]);
        var export = SharedData.RepositoryFileOrSkip("tests", "Pulse.Maturity.Tests", "Survey", "TestData", "limesurvey-synthetic-export.csv");
        var mapping = SharedData.RepositoryFileOrSkip("src", "Pulse.Connectors", "Survey", "Mappings", "limesurvey.example.json");

        var run = await CliRun.RunAsync(["survey", "import", export, "--wave", "2026", "--create-organisations", "--map", mapping, "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json().GetProperty("result").GetProperty("new").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_unknown_wave_is_a_clear_error()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var run = await CliRun.RunAsync(["score", "--wave", "1999", .. test.CliArguments]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no wave '1999'");
    }

    private static Dictionary<string, string> Row(string organisation, params (string Item, string Value)[] answers)
    {
        var row = answers.ToDictionary(a => a.Item, a => a.Value);
        row["organisation"] = organisation;
        row["respondent"] = "1";
        return row;
    }

    private static string? RandomValue(RefItem item, Random random, int organisation)
    {
        if (item.Id == "has_community") return organisation == 7 ? "no" : "yes";
        if (random.NextDouble() < 0.12) return null;
        return item.Scale switch
        {
            "likert5" => random.Next(1, 6).ToString(CultureInfo.InvariantCulture),
            "likert7" => random.Next(1, 8).ToString(CultureInfo.InvariantCulture),
            "yesno" => random.Next(2) == 0 ? "yes" : "no",
            "percent" => random.Next(0, 101).ToString(CultureInfo.InvariantCulture),
            "choice" => item.OptionValues[random.Next(item.OptionValues.Count)],
            _ => string.Join(';', item.OptionValues.Where(_ => random.Next(3) == 0).DefaultIfEmpty(item.OptionValues[0])),
        };
    }

    private static JsonElement? Nullable(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element;

    private static void Close(JsonElement actual, double? expected)
    {
        if (expected is null)
        {
            actual.ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            actual.GetDouble().ShouldBe(expected.Value, 0.01);
        }
    }
}
