using Pulse.Search.Experts;
using Pulse.Search.Indexing;
using Pulse.Search.Themes;
using static Pulse.Search.Tests.Support.Messages;

namespace Pulse.Search.Tests.Indexing;

/// <summary>Read-only views of an index folder's last commit: used only when current, beside a writer, and kept open and reopened in a server.</summary>
public sealed class CommittedIndexesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pulse-committed-" + Guid.NewGuid().ToString("N"));

    private static IReadOnlyList<string> Matches(MessageIndex index, string query) =>
        [.. index.Matches(ThemeQuery.Parse(query), DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_view_of_a_current_index_reads_what_was_committed_while_the_writer_stays_open(bool keepOpen)
    {
        using var writer = MessageIndex.Open(_folder);
        writer.AddOrUpdate(Post("1", "De reorganisatie van het archief", Start));
        writer.AddOrUpdate(Post("2", "Wanneer begint de reorganisatie?", Start.AddHours(1), author: "bob"));
        writer.Commit("db:1");
        writer.AddOrUpdate(Post("3", "Nog een reorganisatie, niet gecommit"));
        using var views = new CommittedIndexes(keepOpen);

        // The writer still holds Lucene's write lock: a read-only view takes none.
        using var view = views.OpenCurrent(_folder, "db:1");

        view.ShouldNotBeNull();
        view.IsWritable.ShouldBeFalse();
        view.Count.ShouldBe(2);
        view.Marker!.Watermark.ShouldBe("db:1");
        Matches(view, "reorganisatie").ShouldBe(["yammer:1", "yammer:2"]);
        view.Search("reorganisaties", 10).Select(h => h.MessageId).Order(StringComparer.Ordinal).ShouldBe(["yammer:1", "yammer:2"]);
        view.Evidence("reorganisatie", EvidenceFilter.None, 10).Select(e => e.MessageId).Order(StringComparer.Ordinal).ShouldBe(["yammer:1", "yammer:2"]);
        Should.Throw<InvalidOperationException>(() => view.AddOrUpdate(Post("4", "werkplek")));
        Should.Throw<InvalidOperationException>(() => view.Commit("db:2"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_a_current_index_there_is_no_view_and_the_caller_must_rebuild(bool keepOpen)
    {
        using var views = new CommittedIndexes(keepOpen);
        views.OpenCurrent(_folder, "db:1").ShouldBeNull("no folder");
        System.IO.Directory.CreateDirectory(_folder);
        views.OpenCurrent(_folder, "db:1").ShouldBeNull("a folder without an index");

        using (var writer = MessageIndex.Open(_folder))
        {
            writer.AddOrUpdate(Post("1", "werkplek"));
            writer.Commit("db:1");
        }

        views.OpenCurrent(_folder, "db:2").ShouldBeNull("the database moved on");
        using var current = views.OpenCurrent(_folder, "db:1");
        current.ShouldNotBeNull();
    }

    [Fact]
    public void A_kept_reader_is_reopened_after_a_commit_and_a_view_in_use_keeps_its_own_commit()
    {
        using var views = new CommittedIndexes(keepOpen: true);
        using var writer = MessageIndex.Open(_folder);
        writer.AddOrUpdate(Post("1", "werkplek"));
        writer.Commit("db:1");
        using var before = views.OpenCurrent(_folder, "db:1");

        writer.AddOrUpdate(Post("2", "werkplek"));
        writer.Delete("yammer:1");
        writer.Commit("db:2");
        using var after = views.OpenCurrent(_folder, "db:2");
        // Asked for the state before the commit, which the kept reader has left: rebuild, never the newer commit.
        using var left = views.OpenCurrent(_folder, "db:1");

        after.ShouldNotBeNull();
        left.ShouldBeNull();
        Matches(after, "werkplek").ShouldBe(["yammer:2"]);
        // The view opened before the commit still reads its own, although the kept reader moved on.
        Matches(before!, "werkplek").ShouldBe(["yammer:1"]);
        before!.Marker!.Watermark.ShouldBe("db:1");
    }

    [Fact]
    public void A_kept_reader_of_a_deleted_folder_is_forgotten_and_the_rebuilt_index_is_read_again()
    {
        using var views = new CommittedIndexes(keepOpen: true);
        using (var writer = MessageIndex.Open(_folder))
        {
            writer.AddOrUpdate(Post("1", "werkplek"));
            writer.Commit("db:1");
        }

        views.OpenCurrent(_folder, "db:1")!.Dispose();
        // An erasure drops the folder and bumps the database's watermark.
        System.IO.Directory.Delete(_folder, recursive: true);
        views.OpenCurrent(_folder, "db:2").ShouldBeNull();

        using (var writer = MessageIndex.Open(_folder))
        {
            writer.AddOrUpdate(Post("2", "werkplek"));
            writer.Commit("db:2");
        }

        using var rebuilt = views.OpenCurrent(_folder, "db:2");
        rebuilt.ShouldNotBeNull();
        Matches(rebuilt, "werkplek").ShouldBe(["yammer:2"]);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
            System.IO.Directory.Delete(_folder, recursive: true);
    }
}
