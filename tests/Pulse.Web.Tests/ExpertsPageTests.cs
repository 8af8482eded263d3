using System.Net;
using System.Text.RegularExpressions;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Import;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>The experts page through real HTTP: a plain form, experts in order, each with evidence snippets.</summary>
public sealed partial class ExpertsPageTests
{
    private static async Task SeedAsync(TestDatabase test)
    {
        await OrganisationPageTests.SeedAsync(test);
        var org = (await new OrganisationStore(test.Database).GetAsync("gemeente-lindeloo")).Id;
        await using var session = await ImportSession.BeginAsync(test.Database, org, Source.Yammer, null, CancellationToken.None);
        await session.AddAccountAsync(new Account("7", "Ann de Vries", "p7@x.nl", null, null, null, AccountState.Active, false, null));
        await session.AddAccountAsync(new Account("8", "Bob <Jansen>", "p8@x.nl", null, null, null, AccountState.Active, false, null));
        var at = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        async Task Add(string id, string thread, string author, int hours, string body, bool accepted = false) =>
            await session.AddMessageAsync(new Message(id, thread, id == thread ? null : thread, "g", author, at.AddHours(hours), null, null, false, MessageKind.Post, body, 0, accepted, []));
        await Add("10", "10", "1", 0, "Wie kent de parkeervergunning regels?");
        await Add("11", "10", "7", 1, "De parkeervergunning vraag je aan via het loket.", accepted: true);
        await Add("12", "10", "7", 2, "Een parkeervergunning geldt een jaar.");
        await Add("13", "10", "8", 3, "Parkeervergunning? Geen idee.");
        await session.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_experts_page_lists_experts_with_their_evidence_messages_without_javascript()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var organisation = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo?lang=en", UriKind.Relative));
        var empty = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/experts?lang=en", UriKind.Relative));
        var response = await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo/experts?q=parkeervergunning&lang=en", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        organisation.ShouldContain("href=\"/org/gemeente-lindeloo/experts\"");
        empty.ShouldContain("<form method=\"get\" action=\"/org/gemeente-lindeloo/experts\"");
        // No script but the optional live-update one (docs/live.md): the page is complete without it.
        empty.Replace("<script src=\"/assets/live.js\" defer></script>", "", StringComparison.Ordinal).ShouldNotContain("<script");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // Ann answered twice in someone else's thread (once accepted); Bob and the asker wrote once each: not experts.
        ExpertIds().Matches(html).Select(m => m.Groups[1].Value).ShouldBe(["7"]);
        html.ShouldContain("Ann de Vries");
        html.ShouldNotContain("Jansen");
        MessageIds().Matches(html).Select(m => m.Groups[1].Value).Order().ShouldBe(["11", "12"]);
        html.ShouldContain("<mark>parkeervergunning</mark>");
        html.ShouldContain("accepted answer");
    }

    [Fact]
    public async Task No_experts_is_said_in_dutch_and_an_unknown_organisation_is_404()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var html = await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/experts?q=zwembad&lang=nl", UriKind.Relative));
        var missing = await app.Client.GetAsync(new Uri("/org/bestaat-niet/experts?q=zwembad", UriKind.Relative));

        html.ShouldContain("Niemand heeft hier genoeg over geschreven");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("class=\"expert\" data-id=\"([^\"]+)\"")]
    private static partial Regex ExpertIds();

    [GeneratedRegex("data-message=\"([^\"]+)\"")]
    private static partial Regex MessageIds();
}
