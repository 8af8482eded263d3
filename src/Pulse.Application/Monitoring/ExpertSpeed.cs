using Pulse.Search.Experts;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>What `pulse bench expert-queries` measured (docs/performance.md, "Expert finding").</summary>
/// <param name="FirstQueryMilliseconds">The first query on a freshly opened index: it also reads the per-commit author activity.</param>
/// <param name="QueryP95Milliseconds">Later single queries, in the index (retrieval, activity, ranking, snippets): median and p95.</param>
/// <param name="UseCaseP95Milliseconds">The same queries through <see cref="ExpertFinder.FindAsync"/>, which also opens the index,
/// checks it is current and reads the experts' names: median and p95.</param>
/// <param name="KeptUseCaseP95Milliseconds">The same again with the index's reader kept open between uses, as
/// <c>pulse serve</c> does (<see cref="SearchService.KeepIndexesOpen"/>): median and p95.</param>
/// <param name="BatchSeconds">The whole set of queries through <see cref="ExpertFinder.FindManyAsync"/> (the batch form).</param>
public sealed record ExpertSpeedReport(
    string Organisation, int IndexedMessages, int Queries, double OpenSeconds, double FirstQueryMilliseconds,
    double QueryMedianMilliseconds, double QueryP95Milliseconds, double UseCaseMedianMilliseconds, double UseCaseP95Milliseconds, int UseCaseRuns,
    double KeptUseCaseMedianMilliseconds, double KeptUseCaseP95Milliseconds, double BatchSeconds);

/// <summary>Times expert queries on an organisation's index; the query texts are the starts of its own messages.</summary>
public sealed class ExpertSpeed(PulseDatabase database, SearchService search, ExpertFinder experts)
{
    public async Task<ExpertSpeedReport> MeasureAsync(string slug, int queries, int useCaseRuns, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(queries);
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var latest = await store.LatestMessageAsync(organisation.Id, false, cancellationToken) ?? throw new PulseException($"{slug} has no messages.");
        var texts = (await store.TextsAsync(organisation.Id, latest.AddDays(-30), latest.AddTicks(1), includePrivate: false, cancellationToken: cancellationToken))
            .Where(t => t.Body.Length > 0).ToList();
        if (texts.Count == 0) throw new PulseException($"{slug} has no messages in its last 30 days.");
        // Every n-th message of the last month, cut to a question's length (about 30 words).
        var step = Math.Max(1, texts.Count / queries);
        var requests = Enumerable.Range(0, queries)
            .Select(i => texts[i * step % texts.Count])
            .Select((t, i) => new ExpertRequest(i.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(' ', t.Body.Split(' ').Take(30))))
            .ToList();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (open, first, inIndex, indexed) = await search.WithCurrentIndexAsync(slug, force: false, (index, _, count) =>
        {
            var opened = clock.Elapsed.TotalSeconds;
            var model = ExpertModelParameters.Default;
            var times = new List<double>();
            double firstMs = 0;
            for (var i = 0; i < requests.Count; i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var ranked = ExpertFinder.Rank(index, requests[i].Text, EvidenceFilter.None, null, ExpertFinder.DefaultTop, model);
                index.EvidenceSnippets(requests[i].Text, ranked.SelectMany(e => e.Evidence).Select(e => e.MessageId));
                if (i == 0) firstMs = watch.Elapsed.TotalMilliseconds;
                else times.Add(watch.Elapsed.TotalMilliseconds);
            }

            return (opened, firstMs, times, count);
        }, cancellationToken);

        var useCase = await UseCaseAsync(slug, requests, useCaseRuns, cancellationToken);
        List<double> kept;
        search.KeepIndexesOpen(true);
        try
        {
            kept = await UseCaseAsync(slug, requests, useCaseRuns, cancellationToken);
        }
        finally
        {
            search.KeepIndexesOpen(false);
        }

        var batch = System.Diagnostics.Stopwatch.StartNew();
        await experts.FindManyAsync(slug, requests, cancellationToken: cancellationToken);
        var batchSeconds = batch.Elapsed.TotalSeconds;
        return new ExpertSpeedReport(
            slug, indexed, requests.Count, Math.Round(open, 2), Math.Round(first, 1),
            Percentile(inIndex, 0.5), Percentile(inIndex, 0.95), Percentile(useCase, 0.5), Percentile(useCase, 0.95), useCase.Count,
            Percentile(kept, 0.5), Percentile(kept, 0.95), Math.Round(batchSeconds, 2));
    }

    private async Task<List<double>> UseCaseAsync(string slug, List<ExpertRequest> requests, int runs, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        foreach (var request in requests.Take(Math.Max(1, runs)))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await experts.FindAsync(slug, request.Text, cancellationToken: cancellationToken);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);
    }
}
