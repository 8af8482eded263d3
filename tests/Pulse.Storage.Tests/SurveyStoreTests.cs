using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class SurveyStoreTests
{
    private static StoredResponse Answer(string org, string respondent, params (string Item, string Value)[] answers) =>
        new(org, respondent, answers.ToDictionary(a => a.Item, a => a.Value));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Answers_are_stored_per_respondent_and_a_second_import_changes_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new SurveyStore(test.Database);
        var wave = await store.CreateWaveAsync("2026", "v1");
        StoredResponse[] file =
        [
            Answer("gemeente-lindeloo", "1", ("pe1", "4"), ("has_community", "yes")),
            Answer("waterschap-rijnvliet", "1", ("pe1", "2")),
        ];

        var first = await store.ImportAsync(wave.Id, file);
        var second = await store.ImportAsync(wave.Id, file);

        (first.Read, first.New, first.Updated, first.Unchanged).ShouldBe((2, 2, 0, 0));
        first.OrganisationsCreated.ShouldBe(["gemeente-lindeloo", "waterschap-rijnvliet"]);
        second.New.ShouldBe(0);
        second.Updated.ShouldBe(0);
        second.Unchanged.ShouldBe(2);
        second.OrganisationsCreated.ShouldBeEmpty();
        var stored = await store.ResponsesAsync(wave.Id);
        stored.Select(r => r.Organisation).ShouldBe(["gemeente-lindeloo", "waterschap-rijnvliet"]);
        stored[0].Answers["pe1"].ShouldBe("4");
        stored[0].Answers["has_community"].ShouldBe("yes");
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
        await store.ImportAsync(wave.Id, [Answer("one", "1", ("pe1", "4")), Answer("one", "2", ("pe1", "5"))]);

        var result = await store.ImportAsync(wave.Id, [Answer("one", "2", ("pe1", "1"))]);

        result.Updated.ShouldBe(1);
        var stored = await store.ResponsesAsync(wave.Id);
        stored.Select(r => r.Answers["pe1"]).ShouldBe(["4", "1"]);
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
