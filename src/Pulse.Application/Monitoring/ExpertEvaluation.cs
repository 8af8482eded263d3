using Pulse.Monitoring.Model;
using Pulse.Search.Experts;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>P@1 and MRR of one ranking method over the evaluation's questions.</summary>
public sealed record RankingScore(string Method, int Questions, double PrecisionAt1, double MeanReciprocalRank);

/// <summary>What `pulse bench experts` measured: the model (one row per parameter set tried) against the baselines.</summary>
public sealed record ExpertEvaluationReport(string Organisation, int Questions, IReadOnlyList<RankingScore> Model, IReadOnlyList<RankingScore> Baselines, double Seconds)
{
    /// <summary>The best baseline's MRR.</summary>
    public double BestBaselineMrr => Baselines.Count == 0 ? 0 : Baselines.Max(b => b.MeanReciprocalRank);
}

/// <summary>
/// The evaluation of expert finding on a Q&amp;A community (issue 10; docs/quality.md, "Experts"): for every
/// question with an accepted answer, ask for experts with the question's text, its own thread left out and
/// only what existed before it; the accepted answerer is the truth. The baselines rank the same people from
/// the same past, without the text: popularity (most answers before the question), tag (most answers on
/// questions sharing a tag with it) and recent activity (latest answer first). Every ranking is cut at
/// <see cref="Cutoff"/>; a truth not in it scores a reciprocal rank of 0.
/// </summary>
public sealed class ExpertEvaluation(PulseDatabase database, ExpertFinder experts)
{
    public const int Cutoff = 100;

    public async Task<ExpertEvaluationReport> RunAsync(string slug, IReadOnlyList<(string Name, ExpertModelParameters Parameters)> models, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var messages = (await new MonitoringStore(database).MessagesAsync(organisation.Id, withBodies: true, cancellationToken: cancellationToken))
            .Where(m => m.Kind == MessageKind.Post && !m.IsDeleted && !m.IsPrivate && m.AuthorExternalId is not null)
            .ToList();
        var cases = Cases(messages);
        var requests = cases.Select(c => new ExpertRequest(
            c.Question.ExternalId, c.Question.Body, ExpertFinder.PlatformId(c.Question.ExternalId), c.Question.CreatedAt)).ToList();

        var modelScores = new List<RankingScore>();
        foreach (var (name, parameters) in models)
        {
            var answers = await experts.FindManyAsync(slug, requests, Cutoff, parameters, cancellationToken);
            modelScores.Add(Score(name, cases, answers.Select(a => a.Experts.Select(e => e.ExternalId).ToList()).ToList()));
        }

        var baselines = new Baselines(messages);
        var scores = new List<RankingScore>
        {
            Score("popularity", cases, cases.Select(c => baselines.Popularity(c.Question)).ToList()),
            Score("tag", cases, cases.Select(c => baselines.Tag(c.Question)).ToList()),
            Score("recent activity", cases, cases.Select(c => baselines.Recent(c.Question)).ToList()),
        };
        return new ExpertEvaluationReport(slug, cases.Count, modelScores, scores, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The questions with an accepted answer by a known author, oldest first, and that author (platform id).</summary>
    internal static List<(Message Question, string Truth)> Cases(IReadOnlyList<Message> messages)
    {
        var accepted = messages.Where(m => m.IsAccepted && !m.IsThreadStarter)
            .GroupBy(m => m.ThreadExternalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().AuthorExternalId!, StringComparer.Ordinal);
        return [.. messages.Where(m => m.IsThreadStarter && accepted.ContainsKey(m.ExternalId))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.ExternalId, StringComparer.Ordinal)
            .Select(m => (m, ExpertFinder.PlatformId(accepted[m.ExternalId])))];
    }

    internal static RankingScore Score(string method, IReadOnlyList<(Message Question, string Truth)> cases, IReadOnlyList<List<string>> rankings)
    {
        double hits = 0, reciprocal = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var rank = rankings[i].Take(Cutoff).ToList().IndexOf(cases[i].Truth);
            if (rank == 0) hits++;
            if (rank >= 0) reciprocal += 1.0 / (rank + 1);
        }

        return cases.Count == 0
            ? new RankingScore(method, 0, 0, 0)
            : new RankingScore(method, cases.Count, Math.Round(hits / cases.Count, 4), Math.Round(reciprocal / cases.Count, 4));
    }

    /// <summary>The text-blind rankings, from the answers (replies) written before each question.</summary>
    private sealed class Baselines(IReadOnlyList<Message> messages)
    {
        private readonly List<Message> answers = [.. messages.Where(m => !m.IsThreadStarter).OrderBy(m => m.CreatedAt)];
        private readonly Dictionary<string, IReadOnlyList<string>> tags = messages.Where(m => m.IsThreadStarter)
            .ToDictionary(m => m.ExternalId, m => m.Topics, StringComparer.Ordinal);

        public List<string> Popularity(Message question) => Rank(Before(question), _ => true);

        public List<string> Tag(Message question)
        {
            var wanted = question.Topics.ToHashSet(StringComparer.Ordinal);
            return Rank(Before(question), a => tags.TryGetValue(a.ThreadExternalId, out var t) && t.Any(wanted.Contains));
        }

        public List<string> Recent(Message question) => [.. Before(question)
            .GroupBy(a => a.AuthorExternalId!, StringComparer.Ordinal)
            .Select(g => (Author: g.Key, Last: g.Max(a => a.CreatedAt)))
            .OrderByDescending(p => p.Last).ThenBy(p => p.Author, StringComparer.Ordinal)
            .Select(p => ExpertFinder.PlatformId(p.Author))];

        private IEnumerable<Message> Before(Message question) =>
            answers.TakeWhile(a => a.CreatedAt < question.CreatedAt).Where(a => a.ThreadExternalId != question.ExternalId);

        /// <summary>Most matching answers first; ties by most answers overall, then by the latest answer.</summary>
        private static List<string> Rank(IEnumerable<Message> before, Func<Message, bool> counts) => [.. before
            .GroupBy(a => a.AuthorExternalId!, StringComparer.Ordinal)
            .Select(g => (Author: g.Key, Matching: g.Count(counts), All: g.Count(), Last: g.Max(a => a.CreatedAt)))
            .Where(p => p.Matching > 0)
            .OrderByDescending(p => p.Matching).ThenByDescending(p => p.All).ThenByDescending(p => p.Last).ThenBy(p => p.Author, StringComparer.Ordinal)
            .Select(p => ExpertFinder.PlatformId(p.Author))];
    }
}
