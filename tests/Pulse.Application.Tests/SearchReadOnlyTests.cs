using Pulse.Application.Monitoring;
using Pulse.Storage;
using Pulse.Testing;

namespace Pulse.Application.Tests;

/// <summary>
/// Reading a current index takes a read-only view of its last commit, without the folder's hold: an import in
/// this process holds the folder from before its transaction to its index commit, and a search need not wait
/// for it. An index that is behind is never answered from: it waits for the folder and is rebuilt.
/// </summary>
public sealed class SearchReadOnlyTests
{
    private static IEnumerable<string> Ids(SearchView view) => view.Hits.Select(h => h.MessageId).Order(StringComparer.Ordinal);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_current_index_answers_while_the_folder_is_held_and_a_behind_one_waits_to_be_rebuilt(bool keepOpen)
    {
        await using var test = await TestDatabase.CreateAsync("sqlite");
        var org = (await new OrganisationStore(test.Database).AddAsync("lindeloo", "Lindeloo", null)).Id;
        await test.ImportPostsAsync(org, ("1", "De reorganisatie van het archief"), ("2", "Koffie in de kantine"));
        using var search = new SearchService(test.Database);
        search.KeepIndexesOpen(keepOpen);
        var first = await search.SearchAsync("lindeloo", "reorganisatie");

        SearchView beside;
        using (await SearchService.HoldAsync(test.Options.IndexFolder("lindeloo"), CancellationToken.None))
        {
            using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
                beside = await search.SearchAsync("lindeloo", "reorganisatie", cancellationToken: patience.Token);
            await test.ImportPostsAsync(org, ("3", "Nog een reorganisatie"));
            using var shortWait = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await Should.ThrowAsync<OperationCanceledException>(() => search.SearchAsync("lindeloo", "reorganisatie", cancellationToken: shortWait.Token));
        }

        var after = await search.SearchAsync("lindeloo", "reorganisatie");
        var again = await search.SearchAsync("lindeloo", "reorganisatie");

        first.Rebuilt.ShouldBeTrue();
        beside.Rebuilt.ShouldBeFalse();
        Ids(beside).ShouldBe(["yammer:1"]);
        after.Rebuilt.ShouldBeTrue();
        Ids(after).ShouldBe(["yammer:1", "yammer:3"]);
        again.Rebuilt.ShouldBeFalse();
        Ids(again).ShouldBe(["yammer:1", "yammer:3"]);
    }
}
