using Pulse.Search.Indexing;
using Pulse.Search.Themes;
using static Pulse.Search.Tests.Support.Messages;

namespace Pulse.Search.Tests.Indexing;

public sealed class IndexFeedTests : IDisposable
{
    private readonly MessageIndex _index = MessageIndex.InMemory();

    [Fact]
    public void Two_versions_of_one_message_are_indexed_in_the_order_they_came()
    {
        using (var feed = new IndexFeed<IndexedMessage>(_index, e => e.Id, e => e, workers: 2, batchSize: 3, queuedBatches: 1))
        {
            for (var i = 0; i < 500; i++)
                feed.Add(Post((i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture), i < 450 ? "oud" : "nieuw"));
            feed.Complete();
        }

        _index.Commit("w");

        _index.Count.ShouldBe(50);
        _index.Matches(ThemeQuery.Parse("nieuw"), DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Count.ShouldBe(50);
    }

    [Fact]
    public void A_failure_never_blocks_the_producer_and_is_reported_at_the_end()
    {
        using var feed = new IndexFeed<IndexedMessage>(
            _index, e => e.Id, e => e.Id == "yammer:7" ? throw new InvalidOperationException("disk full") : e, workers: 2, batchSize: 2, queuedBatches: 1);

        // Far more than the queues hold: a producer blocked by a dead worker would never get here.
        for (var i = 0; i < 5_000; i++)
            feed.Add(Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "werkplek"));

        Should.Throw<IndexFeedException>(feed.Complete).InnerException!.Message.ShouldBe("disk full");
        _index.Marker.ShouldBeNull("nothing was committed");
    }

    public void Dispose() => _index.Dispose();
}
