using System.Net;
using System.Text.Json;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Web.Tests;

public sealed class WavePageTests
{
    private static readonly MaturityModel Model = ModelCatalog.Get("v1");

    private static Response Answers(string organisation, string likert, string community = "yes") =>
        new(organisation, "1", [.. Model.AllItems.Select(i => i.Id == FactIds.HasCommunity ? community : i.Scale switch
        {
            Scale.Likert5 => i.Reverse ? (6 - int.Parse(likert, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture) : likert,
            Scale.Choice => i.Options[i.Options.Count / 2].Value,
            Scale.Multi => i.Options[0].Value,
            Scale.YesNo => "yes",
            Scale.Percent => "50",
            _ => null,
        })]);

    internal static async Task SeedAsync(TestDatabase test)
    {
        var store = new SurveyStore(test.Database);
        var wave = await store.CreateWaveAsync("2026", "v1");
        await store.ImportAsync(wave.Id, Model, [Answers("hoog", "5"), Answers("laag", "1"), Answers("zonder", "3", community: "no")]);
    }

    [Fact]
    public async Task The_wave_page_ranks_organisations_and_names_stages_in_the_chosen_language()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var dutch = await app.Client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative));
        var english = await app.Client.GetStringAsync(new Uri("/waves/2026?lang=en", UriKind.Relative));
        var home = await app.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        dutch.IndexOf(">hoog<", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        dutch.IndexOf(">hoog<", StringComparison.Ordinal).ShouldBeLessThan(dutch.IndexOf(">laag<", StringComparison.Ordinal));
        dutch.ShouldContain("geen community");
        dutch.ShouldContain("Gebruik");
        english.ShouldContain("no community");
        english.ShouldContain("Usage");
        home.ShouldContain("href=\"/waves/2026\"");
    }

    [Fact]
    public async Task The_scores_api_returns_the_score_document_and_404_for_an_unknown_wave()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        using var scores = await app.Client.GetAsync(new Uri("/api/v1/waves/2026/scores", UriKind.Relative));
        using var missing = await app.Client.GetAsync(new Uri("/api/v1/waves/1999/scores", UriKind.Relative));
        using var page = await app.Client.GetAsync(new Uri("/waves/1999", UriKind.Relative));

        using var json = JsonDocument.Parse(await scores.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("wave").GetString().ShouldBe("2026");
        json.RootElement.GetProperty("organisations").GetArrayLength().ShouldBe(3);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_benchmark_api_agrees_with_the_scores_api()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        using var scores = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("/api/v1/waves/2026/scores", UriKind.Relative)));
        using var benchmark = JsonDocument.Parse(await app.Client.GetStringAsync(new Uri("/api/v1/waves/2026/benchmark", UriKind.Relative)));
        using var missing = await app.Client.GetAsync(new Uri("/api/v1/waves/1999/benchmark", UriKind.Relative));
        using var itself = await app.Client.GetAsync(new Uri("/api/v1/waves/2026/benchmark?compare=2026", UriKind.Relative));

        var indices = scores.RootElement.GetProperty("organisations").EnumerateArray()
            .Where(o => o.GetProperty("index").ValueKind == JsonValueKind.Number).Select(o => o.GetProperty("index").GetDouble()).ToList();
        var root = benchmark.RootElement;
        root.GetProperty("organisations").GetInt32().ShouldBe(3);
        root.GetProperty("scored").GetInt32().ShouldBe(indices.Count);
        root.GetProperty("distribution").GetProperty("index").GetProperty("mean").GetDouble().ShouldBe(indices.Average(), 1e-9);
        root.GetProperty("ranking")[0].GetProperty("rank").GetInt32().ShouldBe(1);
        root.GetProperty("ranking")[0].GetProperty("index").GetDouble().ShouldBe(indices.Max(), 1e-9);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        itself.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
