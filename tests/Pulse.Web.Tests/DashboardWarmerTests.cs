using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Web.Tests;

/// <summary>The warm-up recomputes an organisation's default figures once per change of its data, and never otherwise.</summary>
public sealed class DashboardWarmerTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_organisation_is_warmed_at_first_and_again_only_after_its_data_changed(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await OrganisationPageTests.SeedAsync(test);
        await new OrganisationStore(test.Database).AddAsync("leeg", "Zonder berichten", 10);
        var app = await Pulse.Application.PulseApp.OpenAsync(test.Options);

        var first = await app.Warmer.WarmChangedAsync();
        var unchanged = await app.Warmer.WarmChangedAsync();
        var org = (await new OrganisationStore(test.Database).GetAsync("gemeente-lindeloo")).Id;
        await new DirectoryStore(test.Database).ReplaceAsync(org,
            [.. Enumerable.Range(1, 7).Select(i => new DirectoryEntry($"p{i}@x.nl", null, "Burgerzaken", i == 1, true, null, null))]);
        var afterDirectory = await app.Warmer.WarmChangedAsync();
        var page = await app.Participation.RunAsync("gemeente-lindeloo", null, null, weekly: true);

        first.ShouldBe(["gemeente-lindeloo", "leeg"], ignoreOrder: true);
        unchanged.ShouldBeEmpty();
        afterDirectory.ShouldBe(["gemeente-lindeloo"]);
        // The warmed view is the current one: the seventh person counts in the target group.
        page.Report.TargetGroupSize.ShouldBe(7);
    }

    [Fact]
    public async Task Changed_organisations_are_warmed_most_recently_visited_first()
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var store = new OrganisationStore(test.Database);
        foreach (var slug in new[] { "aa", "bb", "cc", "dd" }) await store.AddAsync(slug, slug, 10);
        var app = await Pulse.Application.PulseApp.OpenAsync(test.Options);
        (await app.Warmer.WarmChangedAsync()).ShouldBe(["aa", "bb", "cc", "dd"]);

        // All four change (their directories); someone looked at dd, then at bb.
        foreach (var slug in new[] { "aa", "bb", "cc", "dd" })
        {
            var id = (await store.GetAsync(slug)).Id;
            await new DirectoryStore(test.Database).ReplaceAsync(id, [new DirectoryEntry($"p@{slug}.nl", null, "Burgerzaken", false, true, null, null)]);
        }

        app.Warmer.Visited("dd");
        app.Warmer.Visited("bb");
        (await app.Warmer.WarmChangedAsync()).ShouldBe(["bb", "dd", "aa", "cc"]);
    }
}
