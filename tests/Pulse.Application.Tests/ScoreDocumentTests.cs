using System.Text.Json;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Application.Benchmark;
using Pulse.Storage;
using Pulse.Storage.Rows;
using Pulse.Testing;

namespace Pulse.Application.Tests;

public sealed class ScoreDocumentTests
{
    private static readonly MaturityModel Model = ModelCatalog.Get("v1");
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static Response AllAnswered(string organisation, Func<Item, string> value) =>
        new(organisation, "1", [.. Model.AllItems.Select(i => i.Id == FactIds.HasCommunity ? "yes" : (string?)value(i))]);

    private static string Best(Item item) => item.Scale switch
    {
        Scale.Likert5 => item.Reverse ? "1" : "5",
        Scale.Likert7 => item.Reverse ? "1" : "7",
        Scale.YesNo => "yes",
        Scale.Percent => "100",
        Scale.Multi => string.Join(';', item.Options.Where(o => o.Points > 0).Select(o => o.Value)),
        _ => item.Options.MaxBy(o => o.Points)!.Value,
    };

    [Fact]
    public void The_document_has_the_fields_pulse_score_promises_with_the_model_ids()
    {
        var scores = new ScoringEngine(Model).Score([AllAnswered("beste", Best)]);
        var view = new WaveScoreView(new WaveRow { Code = "2026", ModelVersion = "v1" }, Model, scores);

        var json = JsonSerializer.SerializeToElement(ScoreDocument.From(view), Web);

        json.GetProperty("wave").GetString().ShouldBe("2026");
        var organisation = json.GetProperty("organisations")[0];
        organisation.GetProperty("organisation").GetString().ShouldBe("beste");
        organisation.GetProperty("complete").GetBoolean().ShouldBeTrue();
        organisation.GetProperty("index").GetDouble().ShouldBe(100, 1e-9);
        organisation.GetProperty("stage").GetInt32().ShouldBe(5);
        organisation.GetProperty("stageName").GetProperty("nl").GetString().ShouldBe("Transformeren");
        // v1.json: four preconditions with 7 + 4 + 4 + 5 = 20 constructs.
        organisation.GetProperty("preconditions").EnumerateObject().Select(p => p.Name).ShouldBe(["usage", "goals", "organisation", "integration"]);
        organisation.GetProperty("constructs").EnumerateObject().Count().ShouldBe(20);
        organisation.GetProperty("constructs").EnumerateObject().First().Name.ShouldBe("performance_expectancy");
        json.GetProperty("reliability").EnumerateObject().Count().ShouldBe(20);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stored_wave_is_scored_with_its_own_model_version(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new SurveyStore(test.Database);
        var wave = await store.CreateWaveAsync("2026", "v1");
        await store.ImportAsync(wave.Id, Model, [AllAnswered("beste", Best), AllAnswered("tweede", Best)]);

        var view = await new WaveScoring(test.Database).ScoreAsync("2026");

        view.Model.Version.ShouldBe("v1");
        view.Scores.Organisations.Select(o => o.Index).ShouldAllBe(i => i != null && Math.Abs(i.Value - 100) < 1e-9);
    }

    [Fact]
    public async Task An_unknown_model_version_is_a_clear_error()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        await new SurveyStore(test.Database).CreateWaveAsync("oud", "v0");

        var error = await Should.ThrowAsync<PulseException>(() => new WaveScoring(test.Database).ScoreAsync("oud"));

        error.Message.ShouldContain("no maturity model 'v0'");
    }
}
