using Pulse.Application.Questionnaire;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Application.Tests;

public sealed class QuestionnaireServiceTests
{
    private static readonly MaturityModel Model = ModelCatalog.Get("v1");

    /// <summary>Every item at its strongest answer: item score 100.</summary>
    private static string High(Item item) => item.Id == FactIds.HasCommunity ? "yes" : item.Scale switch
    {
        Scale.Likert5 => item.Reverse ? "1" : "5",
        Scale.YesNo => "yes",
        Scale.Percent => "80",
        Scale.Multi => string.Join(';', item.Options.Where(o => o.Points > 0).Select(o => o.Value)),
        _ => item.Options.MaxBy(o => o.Points)!.Value,
    };

    /// <summary>Likert 3 everywhere (item score 50, reversed or not); the 0-point option of every choice (v1 has one on each).</summary>
    private static string Low(Item item) => item.Id == FactIds.HasCommunity ? "yes" : item.Scale switch
    {
        Scale.Likert5 => "3",
        Scale.YesNo => "no",
        Scale.Percent => "20",
        _ => item.Options.Single(o => o.Points == 0).Value,
    };

    private static async Task<(TestDatabase Test, PulseApp App)> OpenAsync(string provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        var app = await PulseApp.OpenAsync(test.Options);
        await app.Organisations.AddAsync("lindeloo", "Gemeente Lindeloo", 1240);
        await app.Waves.CreateAsync("2026", "v1");
        return (test, app);
    }

    private static async Task FillAsync(PulseApp app, string token, Func<Item, string> answer)
    {
        var session = (await app.Questionnaire.OpenAsync(token))!;
        foreach (var step in session.Form.Steps)
        {
            var outcome = await app.Questionnaire.SaveAsync(token, step.Number, step.Items.ToDictionary(i => i.Id, i => (string?)answer(i)));
            outcome!.Problems.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Tokens_are_random_url_safe_and_only_their_hash_is_stored()
    {
        var (test, app) = await OpenAsync("sqlite");
        await using var _ = test;

        var batch = await app.Questionnaire.InviteAsync("2026", "lindeloo", 3);

        batch.Invitations.Select(i => i.Number).ShouldBe([1, 2, 3]);
        batch.Invitations.Select(i => i.Token).Distinct().Count().ShouldBe(3);
        // 32 random bytes in base64url without padding: 43 characters of A-Z a-z 0-9 - _.
        batch.Invitations.ShouldAllBe(i => i.Token.Length == 43 && i.Token.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'));
        await using var db = test.Database.CreateContext();
        var stored = db.Invitations.Select(i => i.TokenHash).ToList();
        stored.ShouldNotContain(batch.Invitations[0].Token);
        stored.ShouldContain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(batch.Invitations[0].Token))));
        (await app.Questionnaire.OpenAsync(batch.Invitations[1].Token))!.Number.ShouldBe(2);
        (await app.Questionnaire.OpenAsync(batch.Invitations[1].Token[..^1] + "x")).ShouldBeNull();
        (await app.Questionnaire.OpenAsync("not-a-token")).ShouldBeNull();
    }

    [Fact]
    public async Task A_refused_answer_names_its_item_and_the_valid_ones_on_the_page_are_saved()
    {
        var (test, app) = await OpenAsync("sqlite");
        await using var _ = test;
        var token = (await app.Questionnaire.InviteAsync("2026", "lindeloo", 1)).Invitations[0].Token;

        var outcome = await app.Questionnaire.SaveAsync(token, 1, new Dictionary<string, string?>
        {
            ["has_community"] = "ja",
            ["active_share"] = "140",
            ["management_participation"] = "everybody",
        });

        outcome!.IsSaved.ShouldBeFalse();
        outcome.Problems.Select(p => p.ItemId).ShouldBe(["active_share", "management_participation"]);
        outcome.Problems[0].Message.ShouldContain("active_share");
        outcome.Problems[1].Message.ShouldContain("management_participation");
        var reopened = (await app.Questionnaire.OpenAsync(token))!;
        reopened.Answer("has_community").ShouldBe("yes");
        reopened.Answer("active_share").ShouldBeNull();
        reopened.StartedAt.ShouldNotBeNull();
        reopened.IsSubmitted.ShouldBeFalse();
    }

    [Fact]
    public async Task An_incomplete_questionnaire_is_refused_and_nothing_is_stored()
    {
        var (test, app) = await OpenAsync("sqlite");
        await using var _ = test;
        var token = (await app.Questionnaire.InviteAsync("2026", "lindeloo", 1)).Invitations[0].Token;
        await app.Questionnaire.SaveAsync(token, 1, new Dictionary<string, string?> { ["has_community"] = "yes" });

        var outcome = await app.Questionnaire.SubmitAsync(token);

        outcome!.IsSubmitted.ShouldBeFalse();
        outcome.Unmet.Count.ShouldBe(20);
        outcome.Refusal!.ShouldContain("performance_expectancy");
        (await app.Waves.ListAsync()).Single().Respondents.ShouldBe(0);
        (await app.Questionnaire.OpenAsync(token))!.IsSubmitted.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_questionnaire_is_submitted_once_and_then_neither_saved_nor_submitted_again(string provider)
    {
        var (test, app) = await OpenAsync(provider);
        await using var _ = test;
        var token = (await app.Questionnaire.InviteAsync("2026", "lindeloo", 1)).Invitations[0].Token;
        await FillAsync(app, token, High);

        var first = await app.Questionnaire.SubmitAsync(token);
        var second = await app.Questionnaire.SubmitAsync(token);
        var save = await app.Questionnaire.SaveAsync(token, 2, new Dictionary<string, string?> { ["pe_faster"] = "1" });

        first!.IsSubmitted.ShouldBeTrue();
        first.Session.SubmittedAt.ShouldNotBeNull();
        second!.IsSubmitted.ShouldBeFalse();
        second.WasAlreadySubmitted.ShouldBeTrue();
        second.Refusal!.ShouldContain("already been submitted");
        save!.Refusal.ShouldNotBeNull();
        var wave = await new SurveyStore(test.Database).GetWaveAsync("2026");
        var responses = await new SurveyStore(test.Database).ResponsesAsync(wave.Id, Model);
        responses.Select(r => (r.Organisation, r.Respondent)).ShouldBe([("lindeloo", "invitation-1")]);
        responses[0].Values[Model.IndexOf("pe_faster")].ShouldBe("5");
        // One key respondent at the strongest answers: every score 100, stage 5 (maturity-model.md).
        var score = (await app.Scoring.ScoreAsync("2026")).Scores.Organisations.Single();
        score.Index!.Value.ShouldBe(100, 1e-9);
        score.Stage!.Number.ShouldBe(5);
        (await app.Questionnaire.ProgressAsync("2026")).Organisations.Single().ShouldBe(new InvitationProgress("lindeloo", "Gemeente Lindeloo", 1, 1, 1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_respondents_of_one_organisation_are_averaged_per_item_before_aggregation(string provider)
    {
        var (test, app) = await OpenAsync(provider);
        await using var _ = test;
        var tokens = (await app.Questionnaire.InviteAsync("2026", "lindeloo", 3)).Invitations.Select(i => i.Token).ToList();
        await FillAsync(app, tokens[0], High);
        await FillAsync(app, tokens[1], Low);
        (await app.Questionnaire.SubmitAsync(tokens[0]))!.IsSubmitted.ShouldBeTrue();
        (await app.Questionnaire.SubmitAsync(tokens[1]))!.IsSubmitted.ShouldBeTrue();

        var wave = await new SurveyStore(test.Database).GetWaveAsync("2026");
        var raw = new ScoringEngine(Model).Score(await new SurveyStore(test.Database).ResponsesAsync(wave.Id, Model)).Organisations.Single();
        var published = (await app.Scoring.ScoreAsync("2026")).Scores.Organisations.Single();

        // By hand: Likert items (all of Usage) average (100 + 50) / 2 = 75; every choice and
        // multiple-choice item (all of the other three) (100 + 0) / 2 = 50. Constructs and
        // preconditions are means of equal values: Usage 75, the others 50.
        // Index (75 + 50 + 50 + 50) / 4 = 56.25: stage 3 (40 to 60); the weakest, 50, is stage 3 too.
        raw.Respondents.ShouldBe(2);
        raw.Preconditions["usage"]!.Value.ShouldBe(75, 1e-9);
        raw.Preconditions["goals"]!.Value.ShouldBe(50, 1e-9);
        raw.Preconditions["organisation"]!.Value.ShouldBe(50, 1e-9);
        raw.Preconditions["integration"]!.Value.ShouldBe(50, 1e-9);
        raw.Index!.Value.ShouldBe(56.25, 1e-9);
        raw.Stage!.Number.ShouldBe(3);
        // Two respondents are fewer than the anonymity threshold of 5: published, the figures are withheld.
        published.Withheld.ShouldBeTrue();
        published.Index.ShouldBeNull();
        var progress = (await app.Questionnaire.ProgressAsync("2026")).Organisations.Single();
        (progress.Invited, progress.Started, progress.Submitted).ShouldBe((3, 2, 2));
    }

    [Fact]
    public async Task Five_respondents_are_published_with_the_combined_score()
    {
        var (test, app) = await OpenAsync("sqlite");
        await using var _ = test;
        var tokens = (await app.Questionnaire.InviteAsync("2026", "lindeloo", 5)).Invitations.Select(i => i.Token).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            await FillAsync(app, tokens[i], i < 2 ? High : Low);
            (await app.Questionnaire.SubmitAsync(tokens[i]))!.IsSubmitted.ShouldBeTrue();
        }

        var score = (await app.Scoring.ScoreAsync("2026")).Scores.Organisations.Single();

        // By hand: Likert (2 × 100 + 3 × 50) / 5 = 70; choices (2 × 100 + 3 × 0) / 5 = 40.
        // Index (70 + 40 + 40 + 40) / 4 = 47.5: stage 3; weakest 40 is stage 3.
        score.Withheld.ShouldBeFalse();
        score.Respondents.ShouldBe(5);
        score.Preconditions["usage"]!.Value.ShouldBe(70, 1e-9);
        score.Preconditions["goals"]!.Value.ShouldBe(40, 1e-9);
        score.Index!.Value.ShouldBe(47.5, 1e-9);
        score.Stage!.Number.ShouldBe(3);
    }

    [Fact]
    public async Task Without_a_community_only_has_community_is_submitted()
    {
        var (test, app) = await OpenAsync("sqlite");
        await using var _ = test;
        var token = (await app.Questionnaire.InviteAsync("2026", "lindeloo", 1)).Invitations[0].Token;
        await app.Questionnaire.SaveAsync(token, 1, new Dictionary<string, string?> { ["has_community"] = "nee", ["active_share"] = "30" });

        var outcome = await app.Questionnaire.SubmitAsync(token);

        outcome!.IsSubmitted.ShouldBeTrue();
        var score = (await app.Scoring.ScoreAsync("2026")).Scores.Organisations.Single();
        score.HasCommunity.ShouldBeFalse();
        var wave = await new SurveyStore(test.Database).GetWaveAsync("2026");
        var response = (await new SurveyStore(test.Database).ResponsesAsync(wave.Id, Model)).Single();
        response.Values.Count(v => v is not null).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_requests_for_invitations_are_refused_with_a_reason()
    {
        var (test, app) = await OpenAsync("sqlite");
        await using var _ = test;

        (await Should.ThrowAsync<PulseUsageException>(() => app.Questionnaire.InviteAsync("2026", "lindeloo", 0))).Message.ShouldContain("--count");
        (await Should.ThrowAsync<PulseException>(() => app.Questionnaire.InviteAsync("2026", "onbekend", 1))).Message.ShouldContain("onbekend");
        (await Should.ThrowAsync<PulseException>(() => app.Questionnaire.InviteAsync("1999", "lindeloo", 1))).Message.ShouldContain("1999");
        InvitationLinks.For("https://pulse.example.nl/", "abc").ShouldBe("https://pulse.example.nl/survey/abc");
        Should.Throw<PulseUsageException>(() => InvitationLinks.For("pulse.example.nl", "abc"));
    }
}
