using Microsoft.EntityFrameworkCore;
using Pulse.Maturity.Model;
using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class InvitationStoreTests
{
    private static readonly MaturityModel Model = ModelCatalog.Get("v1");

    private static string?[] Answers(params (string Item, string Value)[] answers)
    {
        var values = new string?[Model.AllItems.Count];
        foreach (var (item, value) in answers) values[Model.IndexOf(item)] = value;
        return values;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invitations_keep_a_draft_and_a_submit_becomes_a_response_once(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var surveys = new SurveyStore(test.Database);
        var wave = await surveys.CreateWaveAsync("2026", "v1");
        var organisation = await new OrganisationStore(test.Database).AddAsync("lindeloo", "Gemeente Lindeloo", null);
        var other = await new OrganisationStore(test.Database).AddAsync("rijnvliet", "Waterschap Rijnvliet", null);
        var store = new InvitationStore(test.Database);

        (await store.CreateAsync(wave.Id, organisation.Id, ["aa", "bb"])).ShouldBe([1, 2]);
        (await store.CreateAsync(wave.Id, organisation.Id, ["cc"])).ShouldBe([3]);
        (await store.CreateAsync(wave.Id, other.Id, ["dd"])).ShouldBe([1]);
        var fresh = await store.FindAsync("bb");
        (await store.SaveDraftAsync("bb", Answers(("has_community", "yes")))).ShouldBeTrue();
        var started = await store.FindAsync("bb");
        (await store.SaveDraftAsync("bb", Answers(("has_community", "yes"), ("pe_faster", "4")))).ShouldBeTrue();
        var saved = await store.FindAsync("bb");
        var first = await store.SubmitAsync("bb", saved!.Draft(Model.AllItems.Count)!);
        var second = await store.SubmitAsync("bb", Answers(("has_community", "no")));
        var afterSubmit = await store.SaveDraftAsync("bb", Answers(("has_community", "no")));

        fresh!.Draft(Model.AllItems.Count).ShouldBeNull();
        (fresh.Organisation, fresh.OrganisationName, fresh.WaveCode, fresh.ModelVersion, fresh.Number).ShouldBe(("lindeloo", "Gemeente Lindeloo", "2026", "v1", 2));
        fresh.StartedAt.ShouldBeNull();
        started!.StartedAt.ShouldNotBeNull();
        saved.StartedAt.ShouldBe(started.StartedAt);
        saved.UpdatedAt!.Value.ShouldBeGreaterThanOrEqualTo(started.UpdatedAt!.Value);
        saved.Draft(Model.AllItems.Count)![Model.IndexOf("pe_faster")].ShouldBe("4");
        first.ShouldBe(SubmitResult.Submitted);
        second.ShouldBe(SubmitResult.AlreadySubmitted);
        afterSubmit.ShouldBeFalse();
        (await store.SubmitAsync("zz", Answers())).ShouldBe(SubmitResult.Unknown);
        (await store.FindAsync("zz")).ShouldBeNull();
        var responses = await surveys.ResponsesAsync(wave.Id, Model);
        responses.Select(r => (r.Organisation, r.Respondent)).ShouldBe([("lindeloo", "invitation-2")]);
        responses[0].Values[Model.IndexOf("has_community")].ShouldBe("yes");
        (await store.ProgressAsync(wave.Id)).ShouldBe(
        [
            new InvitationProgress("lindeloo", "Gemeente Lindeloo", 3, 1, 1),
            new InvitationProgress("rijnvliet", "Waterschap Rijnvliet", 1, 0, 0),
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_hash_is_unique_and_invitations_go_with_their_organisation(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var wave = await new SurveyStore(test.Database).CreateWaveAsync("2026", "v1");
        var organisations = new OrganisationStore(test.Database);
        var organisation = await organisations.AddAsync("lindeloo", "Gemeente Lindeloo", null);
        var store = new InvitationStore(test.Database);
        await store.CreateAsync(wave.Id, organisation.Id, ["aa"]);

        await Should.ThrowAsync<DbUpdateException>(() => store.CreateAsync(wave.Id, organisation.Id, ["aa"]));

        await using var db = test.Database.CreateContext();
        await db.Organisations.Where(o => o.Id == organisation.Id).ExecuteDeleteAsync();
        (await db.Invitations.CountAsync()).ShouldBe(0);
    }
}
