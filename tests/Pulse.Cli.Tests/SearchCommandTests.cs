using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Cli.Tests;

/// <summary>`pulse search`: the index is a cache, rebuilt when missing or behind, never silently wrong.</summary>
public sealed class SearchCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_finds_inflections_and_sees_what_was_imported_after_the_index_was_built(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var index = Directory.CreateTempSubdirectory("pulse-index").FullName;
        var org = (await new OrganisationStore(test.Database).AddAsync("lindeloo", "Lindeloo", null)).Id;
        await test.ImportPostsAsync(org, ("1", "De reorganisatie van het archief"), ("2", "Koffie in de kantine"));

        var first = await CliRun.RunAsync(["search", "reorganisaties", "--org", "lindeloo", "--json", "--index", index, .. test.CliArguments]);
        var again = await CliRun.RunAsync(["search", "reorganisaties", "--org", "lindeloo", "--json", "--index", index, .. test.CliArguments]);
        await test.ImportPostsAsync(org, ("3", "Nog een reorganisatie"));
        var after = await CliRun.RunAsync(["search", "reorganisatie", "--org", "lindeloo", "--json", "--index", index, .. test.CliArguments]);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Json().GetProperty("rebuilt").GetBoolean().ShouldBeTrue();
        first.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("messageId").GetString()).ShouldBe(["yammer:1"]);
        first.Json().GetProperty("hits")[0].GetProperty("snippet").GetString()!.ShouldContain("<mark>reorganisatie</mark>");
        again.Json().GetProperty("rebuilt").GetBoolean().ShouldBeFalse();
        after.Json().GetProperty("rebuilt").GetBoolean().ShouldBeTrue();
        after.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("messageId").GetString()).Order().ShouldBe(["yammer:1", "yammer:3"]);
    }

    [Fact]
    public async Task With_db_the_index_folder_must_be_named()
    {
        await using var test = await TestDatabase.CreateAsync("postgres");
        await new OrganisationStore(test.Database).AddAsync("lindeloo", "Lindeloo", null);

        var run = await CliRun.RunAsync(["search", "koffie", "--org", "lindeloo", .. test.CliArguments]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--index");
    }
}
