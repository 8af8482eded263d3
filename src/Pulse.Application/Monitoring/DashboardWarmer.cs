using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>
/// Computes the figures the dashboard and the API show by default (the last 90 days of data) ahead of the first
/// request, so that nobody waits seconds for the first page after a start or an import: the figure cache keeps
/// them until the organisation's data changes. The web app calls it at start and whenever an organisation's
/// revisions move, whoever imported (the server itself, a webhook, or `pulse import` in another process).
/// </summary>
public sealed class DashboardWarmer(PulseDatabase database, ParticipationQuery participation, TrendsQuery trends, ThemesQuery themes, CommunitiesQuery communities)
{
    private readonly Dictionary<string, (long Aggregates, long Directory, bool IncludePrivate)> _warmed = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _visited = new(StringComparer.Ordinal);
    private long _visits;

    /// <summary>
    /// Notes that someone looked at the organisation (the web app calls it per request of one of its
    /// pages): changed organisations are warmed most recently visited first, so that after a start or a
    /// burst of imports across a thousand organisations those people are looking at do not wait behind the rest.
    /// </summary>
    public void Visited(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        _visited[slug] = Interlocked.Increment(ref _visits);
    }

    /// <summary>Warms every organisation whose data changed since this warmer last warmed it, most recently visited first; returns their slugs in that order.</summary>
    public async Task<IReadOnlyList<string>> WarmChangedAsync(CancellationToken cancellationToken = default)
    {
        var store = new OrganisationStore(database);
        var warmed = new List<string>();
        var changed = (await store.RevisionsAsync(cancellationToken))
            .Where(o => !(_warmed.TryGetValue(o.Slug, out var seen) && seen == (o.Aggregates, o.Directory, o.IncludePrivate)))
            .Select(o => o.Slug)
            .OrderByDescending(slug => _visited.GetValueOrDefault(slug))
            .ToList();
        foreach (var slug in changed)
        {
            await WarmAsync(slug, cancellationToken);
            warmed.Add(slug);
        }

        if (warmed.Count == 0) return warmed;
        // Read again after warming: building an old database's aggregates on first use raises the revision itself.
        foreach (var (slug, aggregates, directory, includePrivate) in await store.RevisionsAsync(cancellationToken))
        {
            if (warmed.Contains(slug, StringComparer.Ordinal)) _warmed[slug] = (aggregates, directory, includePrivate);
        }

        return warmed;
    }

    /// <summary>The default views of one organisation: its page (participation by week, trends, themes), its communities, and the API's defaults.</summary>
    public async Task WarmAsync(string slug, CancellationToken cancellationToken = default)
    {
        try
        {
            var page = await participation.RunAsync(slug, null, null, weekly: true, cancellationToken: cancellationToken);
            await participation.RunAsync(slug, null, null, cancellationToken: cancellationToken);
            await trends.RunAsync(slug, page.Period.To, cancellationToken: cancellationToken);
            await trends.RunAsync(slug, null, cancellationToken: cancellationToken);
            await communities.RunAsync(slug, null, null, cancellationToken);
            await themes.RunAsync(slug, page.Period.From, page.Period.To, cancellationToken);
        }
        catch (PulseException)
        {
            // An organisation without messages, or without a search index (PostgreSQL served without --index):
            // its pages say so themselves, and there is nothing to compute ahead.
        }
    }
}
