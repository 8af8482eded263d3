using System.Text.Json;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>
/// `pulse benchmark` end to end on the demo's two waves. The statistics themselves are checked
/// against R in Pulse.Maturity.Tests; here the expected values are recomputed in the test from
/// `pulse score --json` (the same wave's scores), so the command's wiring — which wave, which
/// organisations, which ranks — is checked by a second, naive implementation.
/// </summary>
public sealed class BenchmarkCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_benchmark_of_the_demo_wave_agrees_with_its_scores_and_has_the_documented_shape(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        (await CliRun.RunAsync(["demo", "--no-serve", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var run = await CliRun.RunAsync(["benchmark", "--wave", "2026", "--compare", "2025", "--json", .. test.CliArguments]);
        var score = await CliRun.RunAsync(["score", "--wave", "2026", "--json", .. test.CliArguments]);

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        var organisations = score.Json().GetProperty("organisations").EnumerateArray().ToList();
        var indices = organisations.Where(o => o.GetProperty("index").ValueKind == JsonValueKind.Number)
            .ToDictionary(o => o.GetProperty("organisation").GetString()!, o => o.GetProperty("index").GetDouble());
        json.GetProperty("wave").GetString().ShouldBe("2026");
        json.GetProperty("organisations").GetInt32().ShouldBe(organisations.Count);
        json.GetProperty("scored").GetInt32().ShouldBe(indices.Count);
        var index = json.GetProperty("distribution").GetProperty("index");
        index.GetProperty("n").GetInt32().ShouldBe(indices.Count);
        index.GetProperty("mean").GetDouble().ShouldBe(indices.Values.Sum() / indices.Count, 1e-9);
        index.GetProperty("min").GetDouble().ShouldBe(indices.Values.Min(), 1e-9);
        index.GetProperty("max").GetDouble().ShouldBe(indices.Values.Max(), 1e-9);
        foreach (var place in json.GetProperty("ranking").EnumerateArray())
        {
            var slug = place.GetProperty("organisation").GetString()!;
            // A shared rank is 1 + the number of organisations with a strictly higher index.
            place.GetProperty("rank").GetInt32().ShouldBe(1 + indices.Values.Count(v => v > indices[slug]));
            place.GetProperty("index").GetDouble().ShouldBe(indices[slug], 1e-9);
        }

        foreach (var indicator in json.GetProperty("indicators").EnumerateArray())
        {
            var id = indicator.GetProperty("id").GetString()!;
            var decided = organisations.Select(o => o.GetProperty("indicators").GetProperty(id)).Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            indicator.GetProperty("n").GetInt32().ShouldBe(decided.Count);
            indicator.GetProperty("x").GetInt32().ShouldBe(decided.Count(v => v.GetBoolean()));
            indicator.GetProperty("ci95").GetArrayLength().ShouldBe(2);
        }

        var comparison = json.GetProperty("comparison");
        comparison.GetProperty("wave").GetString().ShouldBe("2025");
        comparison.GetProperty("notComparable").GetArrayLength().ShouldBe(0);
        comparison.GetProperty("scores")[0].GetProperty("id").GetString().ShouldBe("index");
        json.GetProperty("drivers").GetProperty("coefficients")[0].GetProperty("term").GetString().ShouldBe("(Intercept)");
    }

    [Fact]
    public async Task Comparing_a_wave_with_itself_is_wrong_usage_and_an_unknown_wave_fails()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        (await CliRun.RunAsync(["wave", "create", "2026", .. test.CliArguments])).ExitCode.ShouldBe(0);

        var itself = await CliRun.RunAsync(["benchmark", "--wave", "2026", "--compare", "2026", .. test.CliArguments]);
        var unknown = await CliRun.RunAsync(["benchmark", "--wave", "2030", .. test.CliArguments]);
        var empty = await CliRun.RunAsync(["benchmark", "--wave", "2026", "--json", .. test.CliArguments]);

        itself.ExitCode.ShouldBe(2);
        unknown.ExitCode.ShouldBe(1);
        empty.ExitCode.ShouldBe(0, empty.Error);
        empty.Json().GetProperty("drivers").ValueKind.ShouldBe(JsonValueKind.Null);
        empty.Json().GetProperty("driversRefused").GetString()!.ShouldContain("25");
    }
}
