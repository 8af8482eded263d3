using System.Net;
using Pulse.Application;
using Pulse.Maturity.Questionnaire;
using static Pulse.Web.Tests.SurveyForms;

namespace Pulse.Web.Tests;

public sealed class SurveyPageTests
{
    private static readonly QuestionnaireForm Form = new(Model);

    [Fact]
    public async Task An_unknown_link_is_a_404_page_that_says_so()
    {
        await using var app = await RunningApp.StartAsync(seed: async db => await SeedAsync(db));
        using var client = await ClientAsync(app);

        using var unknown = await client.GetAsync(new Uri("/survey/" + new string('A', 43), UriKind.Relative));
        using var malformed = await client.GetAsync(new Uri("/survey/abc/1", UriKind.Relative));

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldContain("Deze link kennen we niet");
        malformed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused_and_saves_nothing()
    {
        List<string> tokens = [];
        await using var app = await RunningApp.StartAsync(seed: async db => tokens = await SeedAsync(db, 2));
        using var client = await ClientAsync(app);
        var path = $"/survey/{tokens[0]}/1";
        await client.GetStringAsync(new Uri(path, UriKind.Relative));

        using var withoutToken = await PostAsync(client, path, [KeyValuePair.Create("has_community", "yes"), KeyValuePair.Create("go", "next")]);
        // A field copied from another respondent's page does not match this browser's cookie either.
        using var other = await ClientAsync(app);
        var foreign = TokenField(await other.GetStringAsync(new Uri($"/survey/{tokens[1]}/1", UriKind.Relative)));
        using var foreignToken = await PostAsync(client, path, [foreign, KeyValuePair.Create("has_community", "yes")]);
        using var submit = await PostAsync(client, $"/survey/{tokens[0]}/review", []);
        using var invite = await PostAsync(client, "/waves/2026/invitations", [KeyValuePair.Create("org", "lindeloo"), KeyValuePair.Create("count", "5")]);

        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await withoutToken.Content.ReadAsStringAsync()).ShouldContain("verlopen");
        foreignToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        submit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        invite.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var pulse = await PulseApp.OpenAsync(app.Database.Options);
        (await pulse.Questionnaire.OpenAsync(tokens[0]))!.StartedAt.ShouldBeNull();
        (await pulse.Questionnaire.ProgressAsync("2026")).Invited.ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_answer_is_shown_beside_its_question_and_the_rest_of_the_page_is_kept()
    {
        List<string> tokens = [];
        await using var app = await RunningApp.StartAsync(seed: async db => tokens = await SeedAsync(db));
        using var client = await ClientAsync(app);
        var path = $"/survey/{tokens[0]}/1";

        using var response = await AnswerAsync(client, path, [KeyValuePair.Create("has_community", "yes"), KeyValuePair.Create("active_share", "140"), KeyValuePair.Create("go", "next")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var field = html[html.IndexOf("id=\"q-active_share\"", StringComparison.Ordinal)..];
        field = field[..field.IndexOf("</fieldset>", StringComparison.Ordinal)];
        field.ShouldContain("class=\"field-error\"");
        field.ShouldContain("‘140’ is geen percentage van 0 tot 100");
        field.ShouldContain("value=\"140\"");
        html.ShouldContain("Stap 1 van 5");
        var pulse = await PulseApp.OpenAsync(app.Database.Options);
        var session = (await pulse.Questionnaire.OpenAsync(tokens[0]))!;
        session.Answer("has_community").ShouldBe("yes");
        session.Answer("active_share").ShouldBeNull();
    }

    [Fact]
    public async Task Next_and_previous_save_and_redirect_and_the_link_resumes_where_the_respondent_stopped()
    {
        List<string> tokens = [];
        await using var app = await RunningApp.StartAsync(seed: async db => tokens = await SeedAsync(db));
        using var client = await ClientAsync(app);
        var link = $"/survey/{tokens[0]}";

        using var start = await client.GetAsync(new Uri(link, UriKind.Relative));
        using var next = await AnswerAsync(client, link + "/1", [.. Answers(Form.Steps[0].Items, High), KeyValuePair.Create("go", "next")]);
        using var back = await AnswerAsync(client, link + "/2", [KeyValuePair.Create("pe_faster", "4"), KeyValuePair.Create("go", "previous")]);
        using var resume = await client.GetAsync(new Uri(link, UriKind.Relative));
        var english = await client.GetStringAsync(new Uri(link + "/2?lang=en", UriKind.Relative));

        start.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        start.Headers.Location!.OriginalString.ShouldBe(link + "/1");
        next.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        next.Headers.Location!.OriginalString.ShouldBe(link + "/2");
        back.Headers.Location!.OriginalString.ShouldBe(link + "/1");
        resume.Headers.Location!.OriginalString.ShouldBe(link + "/3");
        english.ShouldContain("Step 2 of 5");
        english.ShouldContain("Employees find that our internal platform helps them get their work done faster.");
        // The saved answer is checked again when the page is shown.
        english.ShouldContain("name=\"pe_faster\" value=\"4\" checked");
    }

    [Fact]
    public async Task Without_a_community_the_questionnaire_goes_from_step_1_to_the_review()
    {
        List<string> tokens = [];
        await using var app = await RunningApp.StartAsync(seed: async db => tokens = await SeedAsync(db));
        using var client = await ClientAsync(app);
        var link = $"/survey/{tokens[0]}";

        using var next = await AnswerAsync(client, link + "/1", [KeyValuePair.Create("has_community", "no"), KeyValuePair.Create("go", "next")]);
        using var skipped = await client.GetAsync(new Uri(link + "/3", UriKind.Relative));

        next.Headers.Location!.OriginalString.ShouldBe(link + "/review");
        skipped.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        skipped.Headers.Location!.OriginalString.ShouldBe(link + "/review");
    }

    [Fact]
    public async Task A_filled_in_questionnaire_is_submitted_once_and_counts_on_the_wave_page_and_scorecard()
    {
        List<string> tokens = [];
        await using var app = await RunningApp.StartAsync(seed: async db => tokens = await SeedAsync(db, 2));
        using var client = await ClientAsync(app);
        var link = $"/survey/{tokens[0]}";
        // The review offers no submit button yet; a request token of this browser from another page still validates.
        using var early = await PostAsync(client, link + "/review", [TokenField(await client.GetStringAsync(new Uri(link + "/1", UriKind.Relative)))]);

        foreach (var step in Form.Steps)
        {
            using var saved = await AnswerAsync(client, $"{link}/{step.Number}", [.. Answers(step.Items, High), KeyValuePair.Create("go", "next")]);
            saved.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        }

        var review = await client.GetStringAsync(new Uri(link + "/review", UriKind.Relative));
        using var submitted = await PostAsync(client, link + "/review", [TokenField(review)]);
        using var again = await PostAsync(client, link + "/review", [TokenField(review)]);
        var thanks = await client.GetStringAsync(new Uri(link, UriKind.Relative));
        using var stepAfter = await client.GetAsync(new Uri(link + "/2", UriKind.Relative));
        var wave = await client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative));
        var scorecard = await client.GetStringAsync(new Uri("/waves/2026/org/lindeloo", UriKind.Relative));

        // Submitting before answering is refused: has_community is not answered yet.
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        review.ShouldContain("id=\"submit\"");
        submitted.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("al verstuurd");
        thanks.ShouldContain("Bedankt!");
        stepAfter.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        var row = wave[wave.IndexOf("id=\"response-progress\"", StringComparison.Ordinal)..];
        row = row[row.IndexOf("data-organisation=\"lindeloo\"", StringComparison.Ordinal)..];
        row.ShouldContain("<td class=\"n invited\">2</td>");
        row.ShouldContain("<td class=\"n started\">1</td>");
        row.ShouldContain("<td class=\"n submitted\">1</td>");
        // One key respondent at the strongest answers: index 100, stage 5 (maturity-model.md).
        scorecard.ShouldContain("100,0 · ");
    }

    [Fact]
    public async Task The_wave_page_creates_invitations_and_shows_their_links_once()
    {
        await using var app = await RunningApp.StartAsync(seed: async db => await SeedAsync(db));
        using var client = await ClientAsync(app);

        var token = TokenField(await client.GetStringAsync(new Uri("/waves/2026", UriKind.Relative)));
        using var created = await PostAsync(client, "/waves/2026/invitations", [token, KeyValuePair.Create("org", "lindeloo"), KeyValuePair.Create("count", "3")]);
        using var refused = await PostAsync(client, "/waves/2026/invitations", [token, KeyValuePair.Create("org", "onbekend"), KeyValuePair.Create("count", "3")]);

        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        created.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var html = await created.Content.ReadAsStringAsync();
        var links = System.Text.RegularExpressions.Regex.Matches(html, "<code>(http[^<]+)</code>").Select(m => m.Groups[1].Value).ToList();
        links.Count.ShouldBe(3);
        links.ShouldAllBe(l => l.StartsWith(app.Address.ToString().TrimEnd('/') + "/survey/", StringComparison.Ordinal));
        using var opened = await client.GetAsync(new Uri(links[2], UriKind.Absolute));
        opened.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("onbekend");
        var pulse = await PulseApp.OpenAsync(app.Database.Options);
        (await pulse.Questionnaire.ProgressAsync("2026")).Invited.ShouldBe(4);
    }
}
