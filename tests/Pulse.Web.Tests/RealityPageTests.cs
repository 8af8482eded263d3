using System.Net;
using System.Text.RegularExpressions;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Storage;

namespace Pulse.Web.Tests;

/// <summary>The reality check's pages through real HTTP, without script.</summary>
public sealed partial class RealityPageTests
{
    /// <summary>
    /// The organisation of <see cref="OrganisationPageTests"/> (six people in the target group, p1 a manager;
    /// p1 and p2 wrote on 5 October 2026) in a wave dated 31 October 2026, so its period is 3 August – 1 November;
    /// one respondent claims 60 % active and "some" senior managers, and leaves the rest open.
    /// </summary>
    private static async Task SeedAsync(Pulse.Testing.TestDatabase test)
    {
        await OrganisationPageTests.SeedAsync(test);
        var model = ModelCatalog.Get("v1");
        var store = new SurveyStore(test.Database);
        var wave = await store.CreateWaveAsync("2026", model.Version, new DateTime(2026, 10, 31, 12, 0, 0, DateTimeKind.Utc));
        var values = new string?[model.AllItems.Count];
        values[model.IndexOf(FactIds.HasCommunity)] = "yes";
        values[model.IndexOf(FactIds.ActiveShare)] = "60";
        values[model.IndexOf(FactIds.ManagementParticipation)] = "some";
        await store.ImportAsync(wave.Id, model, [new Response("gemeente-lindeloo", "1", values)]);
    }

    [Fact]
    public async Task The_organisation_page_sets_each_claim_next_to_its_measurement()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var dutch = Text(await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/reality?wave=2026", UriKind.Relative)));
        var english = Text(await app.Client.GetStringAsync(new Uri("/org/gemeente-lindeloo/reality?lang=en", UriKind.Relative)));

        dutch.ShouldContain("Berichten van 2026-08-03 tot 2026-11-01");
        // 2 of 6 wrote: 33.3 % against 60 %, 26.7 points above, but not more than double.
        dutch.ShouldContain("33,3 % (2 van 6)");
        dutch.ShouldContain("geclaimd 60 %, gemeten 33 %: de claim ligt boven wat de berichten laten zien");
        // The one manager wrote: 100 % against at most 50 %; 50 points below, but exactly double is not "far".
        english.ShouldContain("claimed some senior managers (0–50 %), measured 100 %: the claim is below what the messages show");
        english.ShouldContain("claimed 60 %, measured 33 %: the claim is above what the messages show");
        english.ShouldContain("there is no answer to compare");
    }

    [Fact]
    public async Task The_wave_page_counts_how_often_claims_are_above_the_measurements_and_the_home_page_links_to_it()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        var summary = Text(await app.Client.GetStringAsync(new Uri("/waves/2026/reality?lang=en", UriKind.Relative)));
        var home = await app.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        // Two lines were judged (active share above, management below); the four unanswered cannot say.
        summary.ShouldContain("1 of the 1 organisations have messages in the period; 1 of the 2 claims are above what the messages show (50.0 %).");
        summary.ShouldContain("Share of the target group active (average month) 0 1 0 0 0 0");
        summary.ShouldContain("Senior management taking part 0 0 0 1 0 0");
        home.ShouldContain("id=\"reality-link\" href=\"/waves/2026/reality\"");
        summary.ShouldContain("Gemeente Lindeloo");
    }

    [Fact]
    public async Task An_unknown_wave_is_404()
    {
        await using var app = await RunningApp.StartAsync(seed: SeedAsync);

        (await app.Client.GetAsync(new Uri("/org/gemeente-lindeloo/reality?wave=1999", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Client.GetAsync(new Uri("/waves/1999/reality", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
