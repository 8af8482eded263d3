using Pulse.Monitoring.Model;
using Pulse.Search.Analysis;
using Pulse.Search.Indexing;
using Pulse.Search.Tests.Support;
using Pulse.Search.Themes;

namespace Pulse.Search.Tests.Indexing;

// Issue 9, acceptance: "Theme counts … equal an independent count of whole-word matches."
// Each query is paired with the same condition written by hand over NaiveWords, which shares no code
// with the parser, the analyzers or Lucene.
public sealed class ThemeCountTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromHours(7);

    private readonly MessageIndex _index = MessageIndex.InMemory();
    private readonly List<(string Id, int Number, List<string> Words)> _countable = [];

    public ThemeCountTests()
    {
        for (var i = 0; i < Corpus.Bodies.Length; i++)
        {
            // Some messages that participation would not count, spread over the corpus.
            var isPrivate = i % 13 == 5;
            var deleted = i % 17 == 3;
            var kind = i % 19 == 7 ? MessageKind.Bot : i % 29 == 11 ? MessageKind.System : MessageKind.Post;
            var authorIsBot = i % 23 == 2;
            var language = (TextLanguage)(i % 3);
            var entry = Messages.Post(
                "m" + i, Corpus.Bodies[i], Messages.Start + (i * Step), language, isPrivate, deleted, kind, authorIsBot);
            _index.AddOrUpdate(entry);
            if (!isPrivate && !deleted && kind == MessageKind.Post && !authorIsBot)
                _countable.Add((entry.Id, i, NaiveWords.Of(Corpus.Bodies[i])));
        }

        _index.Commit("corpus");
    }

    public static TheoryData<string, string> Themes() => new()
    {
        { "reorganisatie", "reorganisatie" },
        { "reorganisatie OR \"nieuwe werkplek\" AND NOT test", "issue example" },
        { "café", "cafe" },
        { "\"nieuwe werkplek\"", "phrase" },
        { "werkplek NOT thuiswerken", "werkplek without thuiswerken" },
        { "(meeting OR vergadering) AND (lang OR long)", "long meetings" },
        { "NOT reorganisatie", "not reorganisatie" },
        { "e-mail", "e-mail" },
        { "collega's", "collega's" },
        { "Reorganisaties", "reorganisaties" },
        { "z’n OR 3.5", "z'n or 3.5" },
        { "nieuwe werkplek", "both words" },
        { "test or \"not\"", "test or not" },
    };

    private static bool Condition(string name, List<string> w) => name switch
    {
        "reorganisatie" => w.Contains("reorganisatie"),
        "issue example" => w.Contains("reorganisatie") || (NaiveWords.Contains(w, "nieuwe werkplek") && !w.Contains("test")),
        "cafe" => w.Contains("cafe"),
        "phrase" => NaiveWords.Contains(w, "nieuwe werkplek"),
        "werkplek without thuiswerken" => w.Contains("werkplek") && !w.Contains("thuiswerken"),
        "long meetings" => (w.Contains("meeting") || w.Contains("vergadering")) && (w.Contains("lang") || w.Contains("long")),
        "not reorganisatie" => !w.Contains("reorganisatie"),
        "e-mail" => NaiveWords.Contains(w, "e mail"),
        "collega's" => w.Contains("collega's"),
        "reorganisaties" => w.Contains("reorganisaties"),
        "z'n or 3.5" => w.Contains("z'n") || w.Contains("3.5"),
        "both words" => w.Contains("nieuwe") && w.Contains("werkplek"),
        "test or not" => w.Contains("test") || w.Contains("not"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Themes))]
    public void A_theme_matches_exactly_the_countable_messages_with_its_whole_words(string query, string condition)
    {
        var expected = _countable.Where(m => Condition(condition, m.Words)).Select(m => m.Id).Order().ToList();

        var actual = _index.Matches(ThemeQuery.Parse(query), DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

        expected.ShouldNotBeEmpty("the corpus must exercise the theme");
        actual.Order().ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void A_theme_counts_only_the_messages_created_in_the_period(string query, string condition)
    {
        var (first, last) = (60, 150);
        var expected = _countable
            .Where(m => m.Number >= first && m.Number < last && Condition(condition, m.Words))
            .Select(m => m.Id).Order().ToList();

        var actual = _index.Matches(
            ThemeQuery.Parse(query), Messages.Start + (first * Step), Messages.Start + (last * Step));

        actual.Order().ShouldBe(expected);
    }

    [Fact]
    public void The_index_holds_the_countable_messages_only() => _index.Count.ShouldBe(_countable.Count);

    public void Dispose() => _index.Dispose();
}
