using Pulse.Search.Experts;
using Pulse.Search.Indexing;
using Pulse.Storage;
using MessageSource = Pulse.Monitoring.Model.Source;

namespace Pulse.Application.Monitoring;

/// <summary>One question to the expert model (a line of `pulse experts --queries FILE.jsonl`).</summary>
/// <param name="ExcludeThread">The platform's id of a thread whose messages are no evidence (the question's own).</param>
/// <param name="AsOf">Only messages created before this moment count.</param>
public sealed record ExpertRequest(string Id, string Text, string? ExcludeThread = null, DateTimeOffset? AsOf = null);

/// <summary>An expert as the batch form answers: the platform's own user id, the account's name, the score, and the
/// platform's ids of the evidence messages, strongest first.</summary>
public sealed record FoundExpert(string ExternalId, string? Name, double Score, IReadOnlyList<string> Evidence);

/// <summary>The answer to one <see cref="ExpertRequest"/>.</summary>
public sealed record ExpertAnswer(string Id, IReadOnlyList<FoundExpert> Experts);

/// <summary>An evidence message for people: id, time, a highlighted HTML snippet, and what made it weigh.</summary>
public sealed record EvidenceMessage(string MessageId, DateTimeOffset CreatedAt, string Snippet, bool AnswersOthers, int Likes, bool IsAccepted);

/// <summary>An expert with the evidence messages themselves.</summary>
public sealed record ExpertDetail(string ExternalId, string? Name, double Score, IReadOnlyList<EvidenceMessage> Evidence);

/// <summary>What `pulse experts "QUERY"` and the dashboard's experts page show.</summary>
public sealed record ExpertsView(string Organisation, string Query, bool Rebuilt, IReadOnlyList<ExpertDetail> Experts);

/// <summary>
/// Expert finding (issue 10): who knows about a subject, from the organisation's search index with the
/// document-centred model of <see cref="ExpertModel"/>. Only countable messages are in the index, and private
/// conversations indexed with the organisation's opt-in are never evidence (the index collector drops them).
/// Ids in and out are the platform's own (without Pulse's internal <c>source:</c> prefix).
/// </summary>
public sealed class ExpertFinder(PulseDatabase database, SearchService search)
{
    public const int DefaultTop = 10;

    /// <summary>The experts on <paramref name="query"/> now, with their evidence messages and snippets.</summary>
    public async Task<ExpertsView> FindAsync(string slug, string query, int top = DefaultTop, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query)) throw new PulseUsageException("Expert search needs words to look for.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var (ranked, rebuilt, snippets) = await search.WithCurrentIndexAsync(slug, force: false, (index, rebuilt, _) =>
        {
            var found = Rank(index, query, EvidenceFilter.None, null, top, ExpertModelParameters.Default);
            return (found, rebuilt, index.EvidenceSnippets(query, found.SelectMany(e => e.Evidence).Select(e => e.MessageId)));
        }, cancellationToken);
        var names = await NamesAsync(slug, ranked.Select(e => e.Author), cancellationToken);
        return new ExpertsView(slug, query, rebuilt, [.. ranked.Select(e => new ExpertDetail(
            PlatformId(e.Author), names.GetValueOrDefault(e.Author), Math.Round(e.Score, 4),
            [.. e.Evidence.Select(m => new EvidenceMessage(PlatformId(m.MessageId), m.CreatedAt, snippets.GetValueOrDefault(m.MessageId, ""), m.AnswersOthers, m.Likes, m.IsAccepted))]))]);
    }

    /// <summary>Answers many requests over one opening of the index (the batch form and the evaluation).</summary>
    public async Task<IReadOnlyList<ExpertAnswer>> FindManyAsync(
        string slug, IReadOnlyList<ExpertRequest> requests, int top = DefaultTop, ExpertModelParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var model = parameters ?? ExpertModelParameters.Default;
        var ranked = await search.WithCurrentIndexAsync(slug, force: false, (index, _, _) =>
            requests.Select(r => Rank(index, r.Text, Filter(r), r.AsOf, top, model)).ToList(), cancellationToken);
        var names = await NamesAsync(slug, ranked.SelectMany(r => r).Select(e => e.Author), cancellationToken);
        return [.. requests.Zip(ranked, (request, experts) => new ExpertAnswer(request.Id, [.. experts.Select(e => new FoundExpert(
            PlatformId(e.Author), names.GetValueOrDefault(e.Author), Math.Round(e.Score, 4), [.. e.Evidence.Select(m => PlatformId(m.MessageId))]))]))];
    }

    /// <summary>The platform's own id of a source-qualified one ("stackexchange:42" gives "42").</summary>
    internal static string PlatformId(string qualified) => qualified[(qualified.IndexOf(':', StringComparison.Ordinal) + 1)..];

    internal static IReadOnlyList<RankedExpert> Rank(MessageIndex index, string text, EvidenceFilter filter, DateTimeOffset? asOf, int top, ExpertModelParameters model)
    {
        var evidence = index.Evidence(text, filter, model.Depth);
        var activity = model.ActivityWeight == 0 ? null : index.RecentAnswers(ExpertModel.Candidates(evidence, model), asOf, model.ActivityHalfLifeDays);
        return ExpertModel.Rank(evidence, asOf, top, model, activity);
    }

    private static EvidenceFilter Filter(ExpertRequest request) => new(
        request.AsOf,
        // The request names the thread by the platform's id; the index keeps it qualified by source.
        request.ExcludeThread is { } thread ? [thread, .. MessageSource.All.Select(source => source + ":" + thread)] : null);

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(string slug, IEnumerable<string> authors, CancellationToken cancellationToken)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return await new MonitoringStore(database).AccountNamesAsync(organisation.Id, authors.ToHashSet(StringComparer.Ordinal), cancellationToken);
    }
}
