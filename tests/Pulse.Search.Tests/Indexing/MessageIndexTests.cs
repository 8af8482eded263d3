using Lucene.Net.Index;
using Lucene.Net.Store;
using Pulse.Monitoring.Model;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;
using Pulse.Search.Themes;
using static Pulse.Search.Tests.Support.Messages;

namespace Pulse.Search.Tests.Indexing;

public sealed class MessageIndexTests : IDisposable
{
    private readonly MessageIndex _index = MessageIndex.InMemory();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pulse-search-" + Guid.NewGuid().ToString("N"));

    private IReadOnlyList<string> Matches(string query) =>
        _index.Matches(ThemeQuery.Parse(query), DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    [Fact]
    public void Indexing_the_same_message_twice_leaves_one_document()
    {
        _index.AddOrUpdate(Post("1", "De reorganisatie begint"));
        _index.AddOrUpdate(Post("1", "De reorganisatie begint"));
        _index.Commit("w");

        _index.Count.ShouldBe(1);
        Matches("reorganisatie").ShouldBe(["yammer:1"]);
    }

    [Fact]
    public void An_edited_message_replaces_its_old_text()
    {
        _index.AddOrUpdate(Post("1", "De reorganisatie begint"));
        _index.Commit("w1");
        _index.AddOrUpdate(Post("1", "De verbouwing begint"));
        _index.Commit("w2");

        _index.Count.ShouldBe(1);
        Matches("reorganisatie").ShouldBeEmpty();
        Matches("verbouwing").ShouldBe(["yammer:1"]);
    }

    [Fact]
    public void A_deleted_message_is_gone_after_the_commit()
    {
        _index.AddOrUpdate(Post("1", "werkplek"));
        _index.AddOrUpdate(Post("2", "werkplek"));
        _index.Commit("w1");

        _index.Delete("yammer:1");
        _index.Delete("yammer:404");
        Matches("werkplek").Count.ShouldBe(2, "changes are invisible until committed");
        _index.Commit("w2");

        _index.Count.ShouldBe(1);
        Matches("werkplek").ShouldBe(["yammer:2"]);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("deleted")]
    [InlineData("bot kind")]
    [InlineData("system kind")]
    [InlineData("bot account")]
    public void A_message_that_participation_does_not_count_is_not_indexed(string why)
    {
        _index.AddOrUpdate(Post("1", "werkplek",
            isPrivate: why == "private",
            deleted: why == "deleted",
            kind: why switch { "bot kind" => MessageKind.Bot, "system kind" => MessageKind.System, _ => MessageKind.Post },
            authorIsBot: why == "bot account"));
        _index.Commit("w");

        _index.Count.ShouldBe(0);
        Matches("werkplek").ShouldBeEmpty();
        _index.Search("werkplek", 10).ShouldBeEmpty();
    }

    [Fact]
    public void A_message_that_becomes_private_or_deleted_on_reimport_leaves_the_index()
    {
        _index.AddOrUpdate(Post("1", "werkplek"));
        _index.AddOrUpdate(Post("2", "werkplek"));
        _index.Commit("w1");

        _index.AddOrUpdate(Post("1", "werkplek", isPrivate: true));
        _index.AddOrUpdate(Post("2", "werkplek", deleted: true));
        _index.Commit("w2");

        _index.Count.ShouldBe(0);
    }

    [Fact]
    public void The_period_includes_its_start_and_excludes_its_end()
    {
        var t = Start;
        _index.AddOrUpdate(Post("before", "werkplek", t.AddTicks(-1)));
        _index.AddOrUpdate(Post("at-start", "werkplek", t));
        _index.AddOrUpdate(Post("inside", "werkplek", t.AddDays(3)));
        _index.AddOrUpdate(Post("at-end", "werkplek", t.AddDays(7)));
        _index.Commit("w");

        _index.Matches(ThemeQuery.Parse("werkplek"), t, t.AddDays(7)).Order()
            .ShouldBe(["yammer:at-start", "yammer:inside"]);
    }

    [Fact]
    public void The_period_compares_instants_whatever_the_offset()
    {
        // 10:00 in Amsterdam (+01:00) is 09:00 UTC, inside [09:00, 09:30) UTC.
        _index.AddOrUpdate(Post("1", "werkplek", new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.FromHours(1))));
        _index.Commit("w");

        _index.Matches(ThemeQuery.Parse("werkplek"), Start, Start.AddMinutes(30)).ShouldBe(["yammer:1"]);
    }

    [Fact]
    public void A_theme_of_only_NOT_matches_every_other_message()
    {
        _index.AddOrUpdate(Post("1", "dit is een test"));
        _index.AddOrUpdate(Post("2", "de nieuwe werkplek"));
        _index.AddOrUpdate(Post("3", "koffie"));
        _index.Commit("w");

        Matches("NOT test").Order().ShouldBe(["yammer:2", "yammer:3"]);
    }

    [Fact]
    public void A_phrase_needs_its_words_in_order_and_adjacent()
    {
        _index.AddOrUpdate(Post("1", "De Nieuwe, werkplek!"));
        _index.AddOrUpdate(Post("2", "werkplek nieuwe"));
        _index.AddOrUpdate(Post("3", "nieuwe grote werkplek"));
        _index.Commit("w");

        Matches("\"nieuwe werkplek\"").ShouldBe(["yammer:1"]);
        Matches("nieuwe werkplek").Count.ShouldBe(3);
    }

    [Fact]
    public void Themes_match_whole_words_so_a_plural_or_compound_is_another_word()
    {
        _index.AddOrUpdate(Post("1", "Reorganisatie,"));
        _index.AddOrUpdate(Post("2", "reorganisaties"));
        _index.AddOrUpdate(Post("3", "reorganisatieplan"));
        _index.Commit("w");

        Matches("reorganisatie").ShouldBe(["yammer:1"]);
        Matches("reorganisatie OR reorganisaties").Count.ShouldBe(2);
    }

    [Fact]
    public void Search_finds_inflections_and_marks_them_in_the_snippet()
    {
        _index.AddOrUpdate(Post("1", "De reorganisaties van vorig jaar.", language: TextLanguage.Dutch));
        _index.AddOrUpdate(Post("2", "Long meetings again.", language: TextLanguage.English));
        _index.AddOrUpdate(Post("3", "Koffie?"));
        _index.Commit("w");

        var dutch = _index.Search("reorganisatie", 10).ShouldHaveSingleItem();
        dutch.MessageId.ShouldBe("yammer:1");
        dutch.Snippet.ShouldBe("De <mark>reorganisaties</mark> van vorig jaar.");
        dutch.AuthorExternalId.ShouldBe("alice");
        dutch.GroupExternalId.ShouldBe("general");
        dutch.CreatedAt.ShouldBe(Start);

        var english = _index.Search("meeting", 10).ShouldHaveSingleItem();
        english.Snippet.ShouldBe("Long <mark>meetings</mark> again.");
    }

    [Fact]
    public void A_message_of_unknown_language_is_found_by_its_Dutch_and_its_English_stems()
    {
        _index.AddOrUpdate(Post("1", "Werkplekken en meetings"));
        _index.Commit("w");

        _index.Search("werkplek", 10).ShouldHaveSingleItem().Snippet.ShouldBe("<mark>Werkplekken</mark> en meetings");
        _index.Search("meeting", 10).ShouldHaveSingleItem().Snippet.ShouldBe("Werkplekken en <mark>meetings</mark>");
    }

    [Fact]
    public void A_snippet_is_HTML_encoded()
    {
        const string body = "<script>alert(1)</script> werkplek & koffie";
        _index.AddOrUpdate(Post("1", body));
        _index.Commit("w");

        var snippet = _index.Search("werkplek", 10).ShouldHaveSingleItem().Snippet;

        snippet.ShouldNotContain("<script");
        snippet.ShouldContain(" <mark>werkplek</mark> &amp; koffie");
        System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", "").Replace("</mark>", "")).ShouldBe(body);
    }

    [Fact]
    public void Search_ranks_the_better_match_first_and_returns_at_most_top()
    {
        _index.AddOrUpdate(Post("1", "werkplek"));
        _index.AddOrUpdate(Post("2", "werkplek werkplek werkplek koffie"));
        _index.AddOrUpdate(Post("3", "werkplek in een heel lang bericht over van alles en nog wat, de kantine en de lift"));
        _index.Commit("w");

        var hits = _index.Search("werkplek", 2);
        hits.Count.ShouldBe(2);
        hits[0].Score.ShouldBeGreaterThanOrEqualTo(hits[1].Score);
        hits.Select(h => h.MessageId).ShouldNotContain("yammer:3");
    }

    [Fact]
    public void A_bad_search_is_refused_with_the_position()
    {
        Should.Throw<ThemeQueryException>(() => _index.Search("\"open", 10)).Position.ShouldBe(1);
    }

    [Fact]
    public void A_new_index_is_missing_until_its_first_commit()
    {
        _index.Marker.ShouldBeNull();
        _index.StateFor("anything").ShouldBe(IndexState.Missing);
    }

    [Fact]
    public void The_marker_says_how_many_messages_and_which_is_newest()
    {
        _index.AddOrUpdate(Post("new", "a", Start.AddDays(2)));
        _index.AddOrUpdate(Post("old", "b", Start));
        _index.AddOrUpdate(Post("private", "c", Start.AddDays(9), isPrivate: true));

        var marker = _index.Commit("db:2");

        marker.ShouldBe(new IndexMarker(IndexMarker.CurrentFormat, 2, "yammer:new", Start.AddDays(2), "db:2"));
        _index.Marker.ShouldBe(marker);
        _index.StateFor("db:2").ShouldBe(IndexState.Current);
        _index.StateFor("db:3").ShouldBe(IndexState.Behind);
    }

    [Fact]
    public void The_marker_and_messages_survive_reopening_a_folder()
    {
        using (var index = MessageIndex.Open(_folder))
        {
            index.AddOrUpdate(Post("1", "werkplek", Start));
            index.Commit("db:1");
        }

        using var reopened = MessageIndex.Open(_folder);
        reopened.Count.ShouldBe(1);
        reopened.Marker.ShouldBe(new IndexMarker(IndexMarker.CurrentFormat, 1, "yammer:1", Start, "db:1"));
        reopened.StateFor("db:1").ShouldBe(IndexState.Current);
    }

    [Fact]
    public void Changes_not_committed_before_closing_are_dropped_and_the_old_marker_stays()
    {
        using (var index = MessageIndex.Open(_folder))
        {
            index.AddOrUpdate(Post("1", "werkplek"));
            index.Commit("db:1");
            index.AddOrUpdate(Post("2", "werkplek"));
        }

        using var reopened = MessageIndex.Open(_folder);
        reopened.Count.ShouldBe(1);
        reopened.StateFor("db:2").ShouldBe(IndexState.Behind);
    }

    [Fact]
    public void A_rebuild_starts_from_empty_and_forgets_the_old_newest_message()
    {
        _index.AddOrUpdate(Post("late", "werkplek", Start.AddDays(5)));
        _index.Commit("db:1");

        _index.DeleteAll();
        _index.AddOrUpdate(Post("early", "werkplek", Start));
        var marker = _index.Commit("db:2");

        _index.Count.ShouldBe(1);
        marker.LastMessageId.ShouldBe("yammer:early");
    }

    [Fact]
    public void Rebuild_replaces_everything_skips_what_does_not_count_and_commits()
    {
        _index.AddOrUpdate(Post("stale", "werkplek"));
        _index.Commit("db:1");

        var marker = _index.Rebuild([Post("1", "werkplek", Start), Post("2", "werkplek", Start.AddDays(1)), Post("3", "werkplek", isPrivate: true)], "db:2");

        marker.ShouldBe(new IndexMarker(IndexMarker.CurrentFormat, 2, "yammer:2", Start.AddDays(1), "db:2"));
        Matches("werkplek").Order().ShouldBe(["yammer:1", "yammer:2"]);
        _index.StateFor("db:2").ShouldBe(IndexState.Current);
    }

    [Fact]
    public void An_index_of_another_format_must_be_rebuilt()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, SearchAnalyzers.Words)))
        {
            writer.SetCommitData(new Dictionary<string, string>
            {
                ["pulse.format"] = "0",
                ["pulse.messages"] = "0",
                ["pulse.watermark"] = "db:0",
            });
            writer.Commit();
        }

        using var index = new MessageIndex(directory);
        index.StateFor("db:0").ShouldBe(IndexState.OldFormat);
    }

    [Fact]
    public void Messages_may_be_added_from_several_threads()
    {
        Parallel.For(0, 1_000, i => _index.AddOrUpdate(Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "werkplek")));
        _index.Commit("w");

        _index.Count.ShouldBe(1_000);
        Matches("werkplek").Distinct().Count().ShouldBe(1_000);
    }

    public void Dispose()
    {
        _index.Dispose();
        if (System.IO.Directory.Exists(_folder))
            System.IO.Directory.Delete(_folder, recursive: true);
    }
}
