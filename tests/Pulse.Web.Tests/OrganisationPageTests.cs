using System.Net;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Web.Tests;

public sealed class OrganisationPageTests
{
    internal static async Task SeedAsync(TestDatabase test)
    {
        var org = (await new OrganisationStore(test.Database).AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", 4)).Id;
        await new DirectoryStore(test.Database).ReplaceAsync(org,
            [.. Enumerable.Range(1, 6).Select(i => new DirectoryEntry($"p{i}@x.nl", null, "Burgerzaken", i == 1, true, null, null))]);
        await using var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None);
        await session.AddAccountAsync(new Account("1", null, "p1@x.nl", null, null, null, AccountState.Active, false, null));
        await session.AddAccountAsync(new Account("2", null, "p2@x.nl", null, null, null, AccountState.Active, false, null));
        var at = new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);
        await session.AddMessageAsync(new Message("1", "1", null, "g", "1", at, null, null, false, MessageKind.Post, "Vraag", 0, false, []));
        await session.AddMessageAsync(new Message("2", "1", "1", "g", "2", at.AddHours(1), null, null, false, MessageKind.Post, "Antwoord", 0, false, []));
        await session.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_organisation_page_shows_participation_of_the_last_90_days_of_data()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var html = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo", UriKind.Relative));

        html.ShouldContain("Gemeente Lindeloo");
        html.ShouldContain("Doelgroep actief");
        html.ShouldContain("33,3 %"); // 2 of 6 active
        html.ShouldContain("Burgerzaken");
        html.ShouldContain("value=\"2026-10-06\""); // default end: the day after the latest message
    }

    [Fact]
    public async Task The_organisation_page_shows_each_theme_with_its_messages_and_sentiment()
    {
        await using var app = await RunningApp.StartAsync(seed: async test =>
        {
            await SeedAsync(test);
            var org = (await new OrganisationStore(test.Database).GetAsync("gemeente-lindeloo")).Id;
            await new ThemeStore(test.Database).AddAsync(org, "Vragen", "vraag OR vragen");
        });

        var html = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo?lang=en", UriKind.Relative));

        // The seed holds "Vraag" and "Antwoord": one message matches the theme, by one person.
        var themes = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(
            html[html.IndexOf("id=\"themes\"", StringComparison.Ordinal)..], "<[^>]+>", " "), @"\s+", " "));
        // A question is neither positive nor negative: sentiment 0, no share either way.
        themes.ShouldStartWith("id=\"themes\"> Theme Messages Contributors Sentiment (−1 to 1) Positive Negative Vragen 1 1 0.00 0.0 % 0.0 % ");
    }

    [Fact]
    public async Task Themes_and_communities_are_drawn_week_by_week()
    {
        await using var app = await RunningApp.StartAsync(seed: async test =>
        {
            await SeedAsync(test);
            var org = (await new OrganisationStore(test.Database).GetAsync("gemeente-lindeloo")).Id;
            await new ThemeStore(test.Database).AddAsync(org, "Vragen", "vraag OR vragen");
        });

        var page = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo?from=2026-09-14&to=2026-10-12&lang=en", UriKind.Relative));
        var communities = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/groups?from=2026-09-14&to=2026-10-12&lang=en", UriKind.Relative));

        var themes = WebUtility.HtmlDecode(page[page.IndexOf("id=\"themes-over-time\"", StringComparison.Ordinal)..]);
        themes.ShouldContain("alt=\"Messages per theme per week\"");
        themes.ShouldContain("alt=\"Mean sentiment per theme per week (−1 to 1)\"");
        communities.ShouldContain("id=\"communities-over-time\"");
        communities.ShouldContain("alt=\"Messages per community per week\"");
    }

    [Fact]
    public async Task The_departments_page_shows_who_answers_whom_as_a_heat_map()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var html = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/departments?from=2026-10-01&to=2026-10-08&lang=en", UriKind.Relative));
        using var reversed = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo/departments?from=2026-10-08&to=2026-10-01", UriKind.Relative));

        // The seed: p2 answers p1, both of Burgerzaken (6 people, above the threshold): one reply, none across.
        var table = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(
            html[html.IndexOf("id=\"department-connections\"", StringComparison.Ordinal)..], "<[^>]+>", " "), @"\s+", " "));
        table.ShouldStartWith("id=\"department-connections\"> Department Replies written across Replies received across Only among themselves Burgerzaken 1 0.0 % 1 0.0 % ");
        html.ShouldContain("<td class=\"n heat-4\">1</td>");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_knowledge_and_alerts_pages_show_who_answers_and_what_was_raised()
    {
        await using var app = await RunningApp.StartAsync(seed: async test =>
        {
            await SeedAsync(test);
            var org = (await new OrganisationStore(test.Database).GetAsync("gemeente-lindeloo")).Id;
            await new ThemeStore(test.Database).AddAsync(org, "Antwoorden", "antwoord");
            var alerts = new AlertStore(test.Database);
            var rule = await alerts.AddRuleAsync(org, new Pulse.Monitoring.Alerts.AlertRule(0, Pulse.Monitoring.Alerts.AlertKind.Unanswered, null, null, null, 48));
            await alerts.RaiseAsync(org, [new Pulse.Monitoring.Alerts.RaisedAlert(
                rule.Id, Pulse.Monitoring.Alerts.AlertKind.Unanswered, "yammer:7", "yammer:7", 50, 48, new DateTimeOffset(2026, 10, 7, 9, 0, 0, TimeSpan.Zero))]);
        });

        var knowledge = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/knowledge?lang=en", UriKind.Relative));
        var alertsPage = WebUtility.HtmlDecode(await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/alerts?lang=en", UriKind.Relative)));

        // The one reply, "Antwoord", is by p2, who has no name: the person is their address.
        var row = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(
            knowledge[knowledge.IndexOf("<tbody>", StringComparison.Ordinal)..], "<[^>]+>", " "), @"\s+", " "));
        row.ShouldStartWith(" Antwoorden 1 1 1 p2@x.nl (1) ");
        alertsPage.ShouldContain("2026-10-07</strong> — Question yammer:7 has waited 50 hours for an answer.");
    }

    [Fact]
    public async Task Without_a_search_index_the_knowledge_page_says_why_instead_of_failing()
    {
        // PostgreSQL served without --index: the test database gives no index folder.
        await using var app = await RunningApp.StartAsync("postgres", async test =>
        {
            await SeedAsync(test);
            var org = (await new OrganisationStore(test.Database).GetAsync("gemeente-lindeloo")).Id;
            await new ThemeStore(test.Database).AddAsync(org, "Antwoorden", "antwoord");
        });

        using var response = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo/knowledge?lang=en", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldContain("--index");
    }

    [Fact]
    public async Task A_theme_opens_its_messages_in_search_and_a_bad_query_is_400()
    {
        await using var app = await RunningApp.StartAsync(seed: async test =>
        {
            await SeedAsync(test);
            var org = (await new OrganisationStore(test.Database).GetAsync("gemeente-lindeloo")).Id;
            await new ThemeStore(test.Database).AddAsync(org, "Vragen", "vraag OR vragen");
        });

        var page = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo", UriKind.Relative));
        var search = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/search?q=vraag%20OR%20vragen", UriKind.Relative));
        using var bad = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo/search?q=%22vraag", UriKind.Relative));

        page.ShouldContain("href=\"/org/gemeente-lindeloo/search?q=vraag%20OR%20vragen\"");
        search.ShouldContain("<mark>Vraag</mark>");
        search.ShouldNotContain("Antwoord");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("position 1");
    }

    [Fact]
    public async Task The_communities_page_lists_each_group_over_the_organisations_period()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var page = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo", UriKind.Relative));
        var communities = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/groups?from=2026-10-01&to=2026-10-08&lang=en", UriKind.Relative));
        using var reversed = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo/groups?from=2026-10-08&to=2026-10-01", UriKind.Relative));
        using var unknown = await app.Client.GetAsync(new Uri("/org/nobody/groups", UriKind.Relative));

        // The organisation page links the communities over its own period (the 90 days up to 6 Oct).
        page.ShouldContain("href=\"/org/gemeente-lindeloo/groups?from=2026-07-08&amp;to=2026-10-06\"");
        // Both seeded messages are in group "g" (no group row: named by its id), by 2 of the 6 in the
        // target group; the thread was answered after an hour, so within 24 hours.
        var visible = System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(communities, "<[^>]+>", " "), @"\s+", " ");
        visible.ShouldContain("yammer:g 2 1 2 33.3 % 100.0 %");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_period_without_messages_says_so_and_an_unknown_organisation_is_404()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var empty = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo?from=2025-01-01&to=2025-02-01&lang=en", UriKind.Relative));
        using var missing = await app.Client.GetAsync(new Uri("/org/nobody", UriKind.Relative));

        empty.ShouldContain("No messages in this period");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
