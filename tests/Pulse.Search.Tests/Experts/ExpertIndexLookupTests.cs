using Pulse.Monitoring.Model;
using Pulse.Search.Experts;
using Pulse.Search.Indexing;

namespace Pulse.Search.Tests.Experts;

/// <summary>
/// The index lookups of expert finding that read many terms at once (recent activity, term statistics, evidence
/// snippets), on an index of several segments with replaced and removed messages, against a plain computation
/// over the messages as they were last indexed.
/// </summary>
public sealed class ExpertIndexLookupTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Authors = ["yammer:ann", "yammer:bob", "yammer:Zoë", "yammer:😀emoji", "yammer:b", "yammer:ümit"];
    private static readonly string[] Vocabulary = ["espresso", "descale", "grinder", "machine", "milk", "beans", "roast", "water", "filter", "cup"];

    private readonly MessageIndex _index = MessageIndex.InMemory();

    // The last version of every message given to the index, by id; null once it stopped counting (removed).
    private readonly Dictionary<string, IndexedMessage?> _latest = new(StringComparer.Ordinal);

    public ExpertIndexLookupTests()
    {
        var random = new Random(20261129);
        var threads = new List<(string Id, string Author)>();
        for (var commit = 0; commit < 5; commit++)
        {
            for (var i = 0; i < 120; i++)
            {
                var n = commit * 120 + i;
                var author = Authors[random.Next(Authors.Length)];
                var startsThread = threads.Count == 0 || random.NextDouble() < 0.3;
                var thread = startsThread ? (Id: "m" + n, Author: author) : threads[random.Next(threads.Count)];
                if (startsThread) threads.Add(thread);
                Index(Message("m" + n, thread.Id, author, T0.AddHours(n * 7 + random.Next(5)), Body(random), thread.Author, privateConversation: random.NextDouble() < 0.1));
            }

            // Later commits replace earlier messages (another time, author or privacy) and remove some:
            // their old versions stay in older segments as deleted documents.
            if (commit > 0)
            {
                for (var i = 0; i < 25; i++)
                {
                    var id = "yammer:m" + random.Next(commit * 120);
                    if (_latest[id] is not { } old) continue;
                    var replaced = old.Message with
                    {
                        AuthorExternalId = Authors[random.Next(Authors.Length)],
                        CreatedAt = old.Message.CreatedAt.AddHours(random.Next(-30, 30)),
                        Body = Body(random),
                        DeletedAt = random.NextDouble() < 0.3 ? T0 : null,
                    };
                    Index(old with { Message = replaced, PrivateConversation = random.NextDouble() < 0.1 });
                }
            }

            _index.Commit("commit " + commit);
        }
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(10, 3.0)]
    [InlineData(100, 1.0)]
    [InlineData(200, 30.0)]
    [InlineData(500, 3.0)]
    [InlineData(-5, 3.0)]
    public void Recent_answers_of_many_authors_at_once_are_the_plain_sum_over_their_last_indexed_replies(int hoursFromStartTimesSeven, double halfLifeDays)
    {
        var moment = T0.AddHours(hoursFromStartTimesSeven * 7);
        var asked = Authors.Append("yammer:nobody").Append("yammer:ann").ToList(); // an unknown author, and one asked twice

        var activity = _index.RecentAnswers(asked, moment, halfLifeDays);

        activity.Keys.Order(StringComparer.Ordinal).ShouldBe(asked.Distinct().Order(StringComparer.Ordinal));
        foreach (var author in asked)
        {
            var expected = _latest.Values.OfType<IndexedMessage>()
                .Where(m => m.Message.AuthorExternalId == author && m.Message.ThreadExternalId != m.Message.ExternalId)
                .Where(m => !m.PrivateConversation && m.Message.CreatedAt < moment)
                .Sum(m => Math.Pow(0.5, (moment - m.Message.CreatedAt).TotalDays / halfLifeDays));
            activity[author].ShouldBe(expected, 1e-9 * Math.Max(1, expected), author);
        }
    }

    [Fact]
    public void The_fixture_has_several_segments_and_replaced_messages()
    {
        // Otherwise the tests above would not exercise seeking per segment and skipping old versions.
        _latest.Values.Count(m => m is null).ShouldBeGreaterThan(3);
        _index.Count.ShouldBe(_latest.Values.Count(m => m is not null));
    }

    [Theory]
    [InlineData("espresso descale")]
    [InlineData("beans roast water cup grinder")]
    [InlineData("filter")]
    public void Evidence_is_every_public_message_as_last_indexed_that_holds_a_word_of_the_query(string text)
    {
        // The query's terms carry the statistics and per-segment states read once for choosing its words; a state
        // registered for the wrong segment would score another segment's postings.
        var evidence = _index.Evidence(text, EvidenceFilter.None, 1000);

        var words = text.Split(' ');
        var expected = _latest.Values.OfType<IndexedMessage>()
            .Where(m => !m.PrivateConversation && m.Message.Body.Split(' ').Intersect(words).Any())
            .ToDictionary(m => m.Id, StringComparer.Ordinal);
        evidence.Select(e => e.MessageId).Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var e in evidence)
            (e.Author, e.CreatedAt).ShouldBe((expected[e.MessageId].Message.AuthorExternalId!, expected[e.MessageId].Message.CreatedAt));
    }

    [Fact]
    public void Snippets_are_found_for_ids_in_any_segment_from_their_last_version_and_not_for_unknown_or_removed_ids()
    {
        var present = _latest.Where(p => p.Value is not null).Select(p => p.Key).OrderBy(id => id, StringComparer.Ordinal).Where((_, i) => i % 7 == 0).ToList();
        var removed = _latest.Where(p => p.Value is null).Select(p => p.Key).ToList();

        var snippets = _index.EvidenceSnippets("espresso", [.. present, .. removed, "yammer:unknown", present[0]]);

        snippets.Keys.Order(StringComparer.Ordinal).ShouldBe(present);
        foreach (var id in present)
        {
            var body = _latest[id]!.Message.Body;
            var plain = snippets[id].Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
            body.ShouldContain(plain.TrimEnd(' ', '…'));
            snippets[id].Contains("<mark>espresso</mark>", StringComparison.Ordinal).ShouldBe(body.Split(' ').Contains("espresso"), id);
        }
    }

    private void Index(IndexedMessage message)
    {
        _index.AddOrUpdate(message);
        _latest[message.Id] = message.Counts ? message : null;
    }

    private static string Body(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(3, 12)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    private static IndexedMessage Message(string id, string thread, string author, DateTimeOffset created, string body, string starterAuthor, bool privateConversation) =>
        new("yammer:" + id,
            new Message("yammer:" + id, "yammer:" + thread, thread == id ? null : "yammer:" + thread, "g", author, created, null, null, false, MessageKind.Post, body, 0, false, []),
            StarterAuthor: starterAuthor, PrivateConversation: privateConversation);
}
