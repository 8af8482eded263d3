using Pulse.Search.Experts;
using Pulse.Search.Indexing;

namespace Pulse.Search.Tests.Experts;

/// <summary>The expert model's arithmetic, on hand-made evidence; every expected figure is derived by hand in the test.</summary>
public sealed class ExpertModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    // Only the evidence weights: no activity factor, content to the power 1, so sums can be checked by hand.
    private static readonly ExpertModelParameters Plain = new(
        Depth: 100, OwnThreadWeight: 0.3, LikeWeight: 0.25, AcceptedWeight: 2.0, HalfLifeDays: 90, RelevancePower: 1.0,
        MinEvidence: 2, MaxEvidence: 5, ActivityWeight: 0, ActivityHalfLifeDays: 3, ContentPower: 1.0);

    private static Evidence Answer(string id, string author, string starter, float relevance, int likes = 0, bool accepted = false, double daysAgo = 0) =>
        new(id, author, "t-" + id, starter, Now.AddDays(-daysAgo), likes, MessageTraits.Reply | (accepted ? MessageTraits.Accepted : MessageTraits.None), relevance);

    private static Evidence Starter(string id, string author, float relevance) =>
        new(id, author, id, author, Now, 0, MessageTraits.None, relevance);

    [Fact]
    public void An_answerer_outranks_an_asker_with_more_but_weaker_evidence()
    {
        // Best relevance 4. Asker: three starters of relevance 4 → 3 × (4/4) × 0.3 = 0.9.
        // Answerer: two answers in the asker's threads of relevance 2 → 2 × (2/4) × 1 = 1.0.
        var evidence = new[]
        {
            Starter("q1", "asker", 4), Starter("q2", "asker", 4), Starter("q3", "asker", 4),
            Answer("a1", "answerer", "asker", 2), Answer("a2", "answerer", "asker", 2),
        };

        var ranked = ExpertModel.Rank(evidence, Now, 10, Plain);

        ranked.Select(e => e.Author).ShouldBe(["answerer", "asker"]);
        ranked[0].Score.ShouldBe(1.0, 1e-9);
        ranked[1].Score.ShouldBe(0.9, 1e-9);
    }

    [Fact]
    public void A_reply_in_ones_own_thread_counts_as_asking_not_answering()
    {
        // ann replies twice in her own thread (starter ann): 2 × 1 × 0.3 = 0.6; bob answers once in hers and
        // once in an unknown starter's thread (counts as someone else's): 2 × 1 = 2.0.
        var evidence = new[]
        {
            Answer("r1", "ann", "ann", 1), Answer("r2", "ann", "ann", 1),
            Answer("r3", "bob", "ann", 1), Answer("r4", "bob", null!, 1),
        };

        var ranked = ExpertModel.Rank(evidence, Now, 10, Plain);

        ranked.Select(e => (e.Author, Math.Round(e.Score, 9))).ShouldBe([("bob", 2.0), ("ann", 0.6)]);
    }

    [Fact]
    public void Likes_acceptance_and_age_weigh_as_documented()
    {
        // One answer of relevance 1 (the best), 3 likes, accepted, 90 days old (one half-life):
        // 1 × 1 × (1 + 0.25 × ln 4) × 2 × 0.5 = 1 + 0.25 × 1.3862944 = 1.3465736.
        var message = Answer("a", "ann", "bob", 1, likes: 3, accepted: true, daysAgo: 90);

        ExpertModel.Weight(message, 1f, Now, Plain).ShouldBe(1.3465736, 1e-6);
    }

    [Fact]
    public void Recent_activity_multiplies_and_content_power_flattens()
    {
        // Content 4 (four answers of relevance 1); power 0.5 gives 2; activity 3 with weight 2 gives (1 + 3)^2 = 16: 32.
        var parameters = Plain with { ContentPower = 0.5, ActivityWeight = 2 };
        var evidence = Enumerable.Range(0, 4).Select(i => Answer("a" + i, "ann", "bob", 1)).ToArray();

        var ranked = ExpertModel.Rank(evidence, Now, 10, parameters, new Dictionary<string, double> { ["ann"] = 3 });

        ranked.Single().Score.ShouldBe(32, 1e-9);
    }

    [Fact]
    public void People_with_a_single_piece_of_evidence_are_not_experts()
    {
        // carl's one answer is the best match of all, yet he is left out; dora's two weak answers keep her in.
        var evidence = new[] { Answer("c1", "carl", "x", 10), Answer("d1", "dora", "x", 1), Answer("d2", "dora", "x", 1) };

        var ranked = ExpertModel.Rank(evidence, Now, 10, Plain);

        ranked.Select(e => e.Author).ShouldBe(["dora"]);
        ranked[0].Evidence.Select(e => e.MessageId).ShouldBe(["d1", "d2"]);
    }

    [Fact]
    public void Evidence_is_listed_strongest_first_and_cut_at_the_maximum()
    {
        var evidence = Enumerable.Range(1, 7).Select(i => Answer("m" + i, "ann", "bob", i)).ToArray();

        var ranked = ExpertModel.Rank(evidence, Now, 10, Plain with { MaxEvidence = 3 });

        ranked.Single().Evidence.Select(e => e.MessageId).ShouldBe(["m7", "m6", "m5"]);
    }

    [Fact]
    public void Only_authors_with_enough_evidence_are_candidates_and_their_activity_alone_decides_the_ranking()
    {
        // ann 3 messages, carl 1, dora 2: with at least 2 pieces ann and dora may rank, carl never does.
        var evidence = new[]
        {
            Answer("a1", "ann", "x", 3), Answer("c1", "carl", "x", 10), Answer("d1", "dora", "x", 1),
            Answer("a2", "ann", "x", 2), Answer("d2", "dora", "x", 1), Answer("a3", "ann", "x", 1),
        };
        var parameters = Plain with { ActivityWeight = 2 };

        ExpertModel.Candidates(evidence, parameters).Order(StringComparer.Ordinal).ShouldBe(["ann", "dora"]);
        ExpertModel.Candidates(evidence, parameters with { MinEvidence = 3 }).ShouldBe(["ann"]);
        // carl's activity (even a huge one) changes nothing, so it need not be looked up.
        var everyone = ExpertModel.Rank(evidence, Now, 10, parameters, new Dictionary<string, double> { ["ann"] = 1, ["carl"] = 1000, ["dora"] = 5 });
        var candidates = ExpertModel.Rank(evidence, Now, 10, parameters, new Dictionary<string, double> { ["ann"] = 1, ["dora"] = 5 });
        candidates.Select(e => (e.Author, e.Score)).ShouldBe(everyone.Select(e => (e.Author, e.Score)));
        // By hand: ann (3 + 2 + 1) / 10 = 0.6 × (1 + 1)^2 = 2.4; dora (1 + 1) / 10 = 0.2 × (1 + 5)^2 = 7.2.
        candidates.Select(e => (e.Author, Math.Round(e.Score, 6))).ShouldBe([("dora", 7.2), ("ann", 2.4)]); // relevance is a float
    }
}
