using Pulse.Monitoring.Model;
using Pulse.Search.Experts;
using Pulse.Search.Indexing;

namespace Pulse.Search.Tests.Experts;

/// <summary>What the index gives expert finding: retrieval with its filters, and the traits of each message.</summary>
public sealed class ExpertIndexTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly MessageIndex _index = MessageIndex.InMemory();

    private static IndexedMessage Message(
        string id, string thread, string author, string body, int day, string? starterAuthor = null, int likes = 0, bool accepted = false, bool privateConversation = false) =>
        new("yammer:" + id,
            new Message("yammer:" + id, "yammer:" + thread, thread == id ? null : "yammer:" + thread, "g", author, T0.AddDays(day), null, null, false, MessageKind.Post, body, likes, accepted, []),
            StarterAuthor: starterAuthor, PrivateConversation: privateConversation);

    public ExpertIndexTests()
    {
        _index.AddOrUpdate(
        [
            Message("1", "1", "yammer:asker", "How do I descale the espresso machine?", 0),
            Message("2", "1", "yammer:ann", "Descale the espresso machine with citric acid every month.", 1, "yammer:asker", likes: 4, accepted: true),
            Message("3", "3", "yammer:asker", "Which grinder for espresso?", 2),
            Message("4", "3", "yammer:ann", "A burr grinder gives an even espresso grind.", 3, "yammer:asker"),
            Message("5", "3", "yammer:bob", "Espresso needs a fine grind.", 4, "yammer:asker"),
            Message("6", "6", "yammer:asker", "Espresso descale question again", 10),
            Message("7", "6", "yammer:bob", "I descale my espresso machine weekly.", 11, "yammer:asker"),
            Message("8", "8", "yammer:carl", "Espresso espresso descale", 12),
            Message("9", "8", "yammer:carl", "Private: espresso descale tips", 12, "yammer:carl", privateConversation: true),
        ]);
        _index.Commit("test");
    }

    public void Dispose() => _index.Dispose();

    private IReadOnlyList<Evidence> Evidence(EvidenceFilter filter) => _index.Evidence("espresso descale", filter, 100);

    [Fact]
    public void Retrieval_reads_thread_starter_likes_and_acceptance_from_the_index()
    {
        var accepted = Evidence(EvidenceFilter.None).Single(e => e.MessageId == "yammer:2");

        accepted.ShouldBe(accepted with
        {
            Author = "yammer:ann", Thread = "yammer:1", StarterAuthor = "yammer:asker", Likes = 4, Flags = MessageTraits.Reply | MessageTraits.Accepted,
        });
        accepted.AnswersOthers.ShouldBeTrue();
        Evidence(EvidenceFilter.None).Single(e => e.MessageId == "yammer:1").StarterAuthor.ShouldBe("yammer:asker");
    }

    [Fact]
    public void Private_conversations_are_never_evidence_even_when_indexed_with_the_opt_in()
    {
        _index.Count.ShouldBe(9); // it is in the index (it counts for participation) …
        Evidence(EvidenceFilter.None).Select(e => e.MessageId).ShouldNotContain("yammer:9"); // … but never evidence
    }

    [Fact]
    public void An_excluded_thread_gives_no_evidence()
    {
        var ids = Evidence(new EvidenceFilter(ExcludedThreads: ["yammer:1"])).Select(e => e.MessageId).ToList();

        ids.ShouldNotContain("yammer:1");
        ids.ShouldNotContain("yammer:2");
        ids.ShouldContain("yammer:7");
    }

    [Fact]
    public void Only_messages_before_the_moment_are_evidence()
    {
        var ids = Evidence(new EvidenceFilter(Before: T0.AddDays(4))).Select(e => e.MessageId).Order().ToList();

        // Days 0–3 match "espresso" or "descale": 1, 2, 3, 4; message 5 is written at day 4 exactly, so not before.
        ids.ShouldBe(["yammer:1", "yammer:2", "yammer:3", "yammer:4"]);
    }

    [Fact]
    public void Recent_answers_count_replies_before_the_moment_with_their_half_life()
    {
        // ann answered at days 1 and 3; as of day 4 with a half-life of 1 day: 0.5^3 + 0.5^1 = 0.625.
        // The asker wrote no replies; carl's only reply is private.
        var activity = _index.RecentAnswers(["yammer:ann", "yammer:asker", "yammer:carl"], T0.AddDays(4), 1);

        activity["yammer:ann"].ShouldBe(0.625, 1e-9);
        activity["yammer:asker"].ShouldBe(0);
        activity["yammer:carl"].ShouldBe(0);
    }

    [Fact]
    public void The_answerer_with_accepted_evidence_ranks_first_and_the_single_message_author_is_left_out()
    {
        var model = ExpertModelParameters.Default with { ActivityWeight = 0 };
        var ranked = ExpertModel.Rank(Evidence(EvidenceFilter.None), null, 10, model);

        // ann: two answers in the asker's threads, one accepted with likes; bob: two answers, none accepted;
        // the asker: three starters at 0.3 each; carl: one public message only (his other is private).
        ranked.Select(e => e.Author).ShouldContain("yammer:ann");
        ranked[0].Author.ShouldBe("yammer:ann");
        ranked.Select(e => e.Author).ShouldNotContain("yammer:carl");
    }
}
