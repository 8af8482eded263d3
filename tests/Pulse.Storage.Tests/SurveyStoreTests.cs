using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class SurveyStoreTests
{
    private static readonly MaturityModel Model = ModelCatalog.Get("v1");

    private static Response Answer(string org, string respondent, params (string Item, string Value)[] answers)
    {
        var values = new string?[Model.AllItems.Count];
        foreach (var (item, value) in answers) values[Model.IndexOf(item)] = value;
        return new Response(org, respondent, values);
    }

    private static string? Value(Response response, string item) => response.Values[Model.IndexOf(item)];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Answers_are_stored_per_respondent_and_a_second_import_changes_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new SurveyStore(test.Database);
        var wave = await store.CreateWaveAsync("2026", "v1");
        Response[] file =
        [
            Answer("gemeente-lindeloo", "1", ("pe_faster", "4"), ("has_community", "yes"), ("gov_instruments", "guidelines;training")),
            Answer("waterschap-rijnvliet", "1", ("pe_faster", "2")),
        ];

        var first = await store.ImportAsync(wave.Id, Model, file);
        var second = await store.ImportAsync(wave.Id, Model, file);

        (first.Read, first.New, first.Updated, first.Unchanged).ShouldBe((2, 2, 0, 0));
        first.OrganisationsCreated.ShouldBe(["gemeente-lindeloo", "waterschap-rijnvliet"]);
        (second.Read, second.New, second.Updated, second.Unchanged).ShouldBe((2, 0, 0, 2));
        second.OrganisationsCreated.ShouldBeEmpty();
        var stored = await store.ResponsesAsync(wave.Id, Model);
        stored.Select(r => r.Organisation).ShouldBe(["gemeente-lindeloo", "waterschap-rijnvliet"]);
        Value(stored[0], "pe_faster").ShouldBe("4");
        Value(stored[0], "has_community").ShouldBe("yes");
        Value(stored[0], "gov_instruments").ShouldBe("guidelines;training");
        Value(stored[1], "has_community").ShouldBeNull();
        var summary = (await store.ListWavesAsync()).Single();
        (summary.Code, summary.ModelVersion, summary.Organisations, summary.Respondents).ShouldBe(("2026", "v1", 2, 2));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changed_answers_replace_the_earlier_ones_of_that_respondent(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new SurveyStore(test.Database);
        var wave = await store.CreateWaveAsync("2026", "v1");
        await store.ImportAsync(wave.Id, Model, [Answer("one", "1", ("pe_faster", "4")), Answer("one", "2", ("pe_faster", "5"))]);

        var result = await store.ImportAsync(wave.Id, Model, [Answer("one", "2", ("pe_faster", "1"))]);

        (result.New, result.Updated, result.Unchanged).ShouldBe((0, 1, 0));
        var stored = await store.ResponsesAsync(wave.Id, Model);
        stored.Select(r => Value(r, "pe_faster")).ShouldBe(["4", "1"]);
    }

    [Fact]
    public async Task Equal_answers_share_one_string_when_read_back()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var store = new SurveyStore(test.Database);
        var wave = await store.CreateWaveAsync("2026", "v1");
        await store.ImportAsync(wave.Id, Model, [Answer("one", "1", ("pe_faster", "4")), Answer("two", "1", ("pe_faster", "4"))]);

        var stored = await store.ResponsesAsync(wave.Id, Model);

        ReferenceEquals(Value(stored[0], "pe_faster"), Value(stored[1], "pe_faster")).ShouldBeTrue();
    }

    [Fact]
    public async Task Waves_are_unique_and_their_ids_are_checked()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var store = new SurveyStore(test.Database);
        await store.CreateWaveAsync("2026", "v1");

        (await Should.ThrowAsync<PulseException>(() => store.CreateWaveAsync("2026", "v1"))).Message.ShouldContain("already exists");
        (await Should.ThrowAsync<PulseException>(() => store.CreateWaveAsync("twee woorden", "v1"))).Message.ShouldContain("not a valid wave id");
        (await Should.ThrowAsync<PulseException>(() => store.GetWaveAsync("2025"))).Message.ShouldContain("There is no wave '2025'");
    }
}
