namespace Pulse.Search.Experts;

/// <summary>An expert found for a query: qualified author id, score, and the messages that made it, best first.</summary>
public sealed record RankedExpert(string Author, double Score, IReadOnlyList<Evidence> Evidence);

/// <summary>The weights of <see cref="ExpertModel"/>; the defaults are the tuned ones (docs/quality.md, "Experts").</summary>
/// <param name="Depth">How many best-matching messages are read as evidence.</param>
/// <param name="OwnThreadWeight">Weight of a thread starter, or of a reply in one's own thread, relative to an
/// answer in a thread someone else started (1): asking about a subject is weaker evidence than answering.</param>
/// <param name="LikeWeight">A message with <c>n</c> likes weighs <c>1 + LikeWeight · ln(1 + n)</c>.</param>
/// <param name="AcceptedWeight">Factor for an answer marked as accepted (best answer).</param>
/// <param name="HalfLifeDays">Evidence loses half its weight per this many days before the moment of the query.</param>
/// <param name="RelevancePower">Relevance is the message's BM25 score over the best one's, to this power.</param>
/// <param name="MinEvidence">People with fewer evidence messages are not experts.</param>
/// <param name="MaxEvidence">How many evidence messages are shown per expert.</param>
/// <param name="ActivityWeight">Exponent of the person's recent activity (below); 0 ignores it.</param>
/// <param name="ActivityHalfLifeDays">Half-life of a person's answers in their recent activity.</param>
/// <param name="ContentPower">The person's summed evidence is raised to this power before the activity factor:
/// below 1 lets activity count for more against many weak matches.</param>
public sealed record ExpertModelParameters(
    int Depth = 300,
    double OwnThreadWeight = 0.3,
    double LikeWeight = 0.25,
    double AcceptedWeight = 2.0,
    double HalfLifeDays = 90,
    double RelevancePower = 1.0,
    int MinEvidence = 2,
    int MaxEvidence = 5,
    double ActivityWeight = 4,
    double ActivityHalfLifeDays = 3,
    double ContentPower = 0.5)
{
    public static ExpertModelParameters Default { get; } = new();
}

/// <summary>
/// The document-centred expert model (Balog et al., "Formal models for expert finding", 2006, model 2):
/// retrieve the messages that match the query, then credit each author with the sum over their messages of
/// relevance × how strongly the message says its author knows the subject. Pure: evidence in, ranking out.
/// </summary>
/// <remarks>
/// A message's weight: <c>rel^p · role · (1 + l · ln(1 + likes)) · (accepted ? a : 1) · 0.5^(age / halfLife)</c>,
/// where <c>rel</c> is its BM25 score over the best match's, <c>role</c> is 1 for an answer in a thread
/// someone else started and <see cref="ExpertModelParameters.OwnThreadWeight"/> otherwise, and <c>age</c> is the
/// time between the message and the moment of the query (the newest evidence when none is given): who is
/// around matters as much as what they once wrote. The sum, to the power <see cref="ExpertModelParameters.ContentPower"/>, is multiplied by <c>(1 + activity)^w</c>, where
/// <c>activity</c> counts the person's answers on any subject before the moment, each halved per
/// <see cref="ExpertModelParameters.ActivityHalfLifeDays"/> of age (<see cref="Around"/>). People with fewer than
/// <see cref="ExpertModelParameters.MinEvidence"/> messages among the evidence are left out.
/// </remarks>
public static class ExpertModel
{
    /// <param name="activity">Each author's recent activity (<see cref="Indexing.MessageIndex.RecentAnswers"/>): their answers
    /// on any subject, decayed by age; null leaves it out. Only the <see cref="Candidates"/> are looked up.</param>
    public static IReadOnlyList<RankedExpert> Rank(
        IReadOnlyList<Evidence> evidence, DateTimeOffset? asOf, int top, ExpertModelParameters? parameters = null, IReadOnlyDictionary<string, double>? activity = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var p = parameters ?? ExpertModelParameters.Default;
        if (evidence.Count == 0) return [];
        var best = evidence.Max(e => e.Relevance);
        if (best <= 0) return [];
        var reference = asOf ?? evidence.Max(e => e.CreatedAt);
        var people = new Dictionary<string, List<(Evidence Message, double Weight)>>(StringComparer.Ordinal);
        foreach (var message in evidence)
        {
            if (!people.TryGetValue(message.Author, out var list)) people[message.Author] = list = [];
            list.Add((message, Weight(message, best, reference, p)));
        }

        return people
            .Where(person => person.Value.Count >= p.MinEvidence)
            .Select(person => new RankedExpert(
                person.Key,
                Math.Pow(person.Value.Sum(m => m.Weight), p.ContentPower) * Around(activity?.GetValueOrDefault(person.Key), p),
                [.. person.Value.OrderByDescending(m => m.Weight).ThenBy(m => m.Message.MessageId, StringComparer.Ordinal).Take(p.MaxEvidence).Select(m => m.Message)]))
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Author, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    /// <summary>The authors <see cref="Rank"/> may rank: those with at least <see cref="ExpertModelParameters.MinEvidence"/>
    /// messages among <paramref name="evidence"/>. Only their activity is needed, and on a large index most
    /// authors of the best matches wrote just one of them.</summary>
    public static IReadOnlyList<string> Candidates(IReadOnlyList<Evidence> evidence, ExpertModelParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var p = parameters ?? ExpertModelParameters.Default;
        return [.. evidence.CountBy(e => e.Author, StringComparer.Ordinal).Where(c => c.Value >= p.MinEvidence).Select(c => c.Key)];
    }

    /// <summary>How much a person's recent activity raises their score: <c>(1 + activity)^w</c>, 1 without it.</summary>
    public static double Around(double? activity, ExpertModelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return activity is { } a && parameters.ActivityWeight != 0 ? Math.Pow(1 + a, parameters.ActivityWeight) : 1.0;
    }

    /// <summary>How much <paramref name="message"/> says about its author's knowledge of the query's subject.</summary>
    public static double Weight(Evidence message, float bestRelevance, DateTimeOffset reference, ExpertModelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(parameters);
        var relevance = Math.Pow(message.Relevance / bestRelevance, parameters.RelevancePower);
        var role = message.AnswersOthers ? 1.0 : parameters.OwnThreadWeight;
        var likes = 1 + parameters.LikeWeight * Math.Log(1 + Math.Max(0, message.Likes));
        var accepted = message.IsAccepted ? parameters.AcceptedWeight : 1.0;
        var ageDays = Math.Max(0, (reference - message.CreatedAt).TotalDays);
        var recency = Math.Pow(0.5, ageDays / parameters.HalfLifeDays);
        return relevance * role * likes * accepted * recency;
    }
}
