using Pulse.Testing;

namespace Pulse.Storage.Tests;

public sealed class OrganisationStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_added_organisation_is_listed_with_empty_counts(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new OrganisationStore(test.Database);

        await store.AddAsync("gemeente-lindeloo", "Gemeente Lindeloo", 1240);
        await store.AddAsync("waterschap-rijnvliet", "Waterschap Rijnvliet", null);

        var list = await store.ListAsync();
        list.Select(o => o.Slug).ShouldBe(["gemeente-lindeloo", "waterschap-rijnvliet"]);
        list[0].Name.ShouldBe("Gemeente Lindeloo");
        list[0].Employees.ShouldBe(1240);
        list[0].Messages.ShouldBe(0);
        list[0].CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
        list[1].Employees.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_slug_can_be_taken_only_once(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new OrganisationStore(test.Database);
        await store.AddAsync("zorggroep-de-lindehof", "Zorggroep De Lindehof", 5300);

        var error = await Should.ThrowAsync<PulseException>(() => store.AddAsync("zorggroep-de-lindehof", "Other", null));

        error.Message.ShouldContain("already exists");
        (await store.ListAsync()).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("Gemeente")]
    [InlineData("with space")]
    [InlineData("-leading-hyphen")]
    [InlineData("under_score")]
    [InlineData("")]
    public async Task A_slug_outside_lower_case_letters_digits_and_hyphens_is_refused(string slug)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");

        var error = await Should.ThrowAsync<PulseException>(() => new OrganisationStore(test.Database).AddAsync(slug, "Name", null));

        error.Message.ShouldContain("not a valid organisation slug");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_slug_is_a_clear_error(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var error = await Should.ThrowAsync<PulseException>(() => new OrganisationStore(test.Database).GetAsync("nobody"));

        error.Message.ShouldContain("There is no organisation 'nobody'");
    }
}
