using Pulse.Application.Monitoring;
using Pulse.Storage.Rows;

namespace Pulse.Application.Tests;

/// <summary>
/// The figure cache computes each figure once per data revision, also when two ask at once (the warm-up
/// and a page, right after a live message), and keeps no failure.
/// </summary>
public sealed class FigureCacheTests
{
    private static OrganisationRow Organisation(long revision) => new() { Id = 7, Slug = "lindeloo", Name = "Lindeloo", AggregatesRevision = revision };

    [Fact]
    public async Task Two_asking_at_once_share_one_computation()
    {
        var cache = new FigureCache();
        var organisation = Organisation(3);
        var key = FigureCache.Key("participation", organisation);
        var computed = 0;
        var release = new TaskCompletionSource();
        async Task<string> ComputeAsync()
        {
            Interlocked.Increment(ref computed);
            await release.Task;
            return "figures";
        }

        var first = cache.GetOrComputeAsync(key, organisation, ComputeAsync);
        var second = cache.GetOrComputeAsync(key, organisation, ComputeAsync);
        await Task.Delay(50);
        first.IsCompleted.ShouldBeFalse();
        release.SetResult();

        (await first).ShouldBe("figures");
        (await second).ShouldBeSameAs(await first);
        (await cache.GetOrComputeAsync(key, organisation, ComputeAsync)).ShouldBe("figures");
        computed.ShouldBe(1);

        // A new revision is a new key: computed again.
        var after = Organisation(4);
        await cache.GetOrComputeAsync(FigureCache.Key("participation", after), after, ComputeAsync);
        computed.ShouldBe(2);
    }

    [Fact]
    public async Task A_failure_reaches_those_waiting_and_is_not_kept()
    {
        var cache = new FigureCache();
        var organisation = Organisation(3);
        var key = FigureCache.Key("themes", organisation);
        var release = new TaskCompletionSource();
        async Task<string> FailAsync()
        {
            await release.Task;
            throw new InvalidOperationException("no index");
        }

        var first = cache.GetOrComputeAsync(key, organisation, FailAsync);
        var second = cache.GetOrComputeAsync(key, organisation, () => Task.FromResult("never"));
        release.SetResult();
        await Should.ThrowAsync<InvalidOperationException>(first);
        await Should.ThrowAsync<InvalidOperationException>(second);

        (await cache.GetOrComputeAsync(key, organisation, () => Task.FromResult("now"))).ShouldBe("now");
    }

    [Fact]
    public async Task When_whoever_computes_gives_up_the_one_waiting_computes_itself()
    {
        var cache = new FigureCache();
        var organisation = Organisation(3);
        var key = FigureCache.Key("trends", organisation);
        using var closed = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        async Task<string> AbandonedAsync()
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, closed.Token);
            return "never";
        }

        var first = cache.GetOrComputeAsync(key, organisation, AbandonedAsync);
        await started.Task;
        var second = cache.GetOrComputeAsync(key, organisation, () => Task.FromResult("computed by the second"));
        await closed.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(first);
        (await second).ShouldBe("computed by the second");
    }
}
