using Pulse.Monitoring.Privacy;
using Pulse.Monitoring.Trends;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>The trending terms of one organisation at one moment, with what they cover.</summary>
public sealed record TrendsView(string Organisation, DateTimeOffset At, string Window, IReadOnlyList<TrendingTerm> Terms);

/// <summary>
/// Trending terms (monitoring-metrics.md, "Content") of an organisation, ranked from the per-day term
/// counts the import keeps (<see cref="TermDays"/>) over the current window and the windows before it;
/// only the current window's messages are read, for the evidence of the terms that trend. The names
/// of its people (account and directory names, usernames) are left out here, as the directory says
/// today; the stop words of search were left out when counting.
/// </summary>
public sealed class TrendsQuery(PulseDatabase database, FigureCache? cache = null)
{
    /// <param name="at">The end of the current window (exclusive), moved to the next midnight UTC when it
    /// falls within a day (the counts are kept per day); default: the day after the latest message.</param>
    /// <param name="daily">A day as the window instead of a week.</param>
    public async Task<TrendsView> RunAsync(string slug, DateTimeOffset? at, bool daily = false, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        if (cache is null) return await ComputeAsync(organisation, at, daily, cancellationToken);
        return await cache.GetOrComputeAsync(FigureCache.Key("trends", organisation, at, daily), organisation, () => ComputeAsync(organisation, at, daily, cancellationToken));
    }

    private async Task<TrendsView> ComputeAsync(Storage.Rows.OrganisationRow organisation, DateTimeOffset? at, bool daily, CancellationToken cancellationToken)
    {
        var slug = organisation.Slug;
        var store = new MonitoringStore(database);
        var termDays = new TermDayStore(database);
        var options = daily ? new TrendOptions { Window = TimeSpan.FromDays(1), BaselineWindows = 14 } : new TrendOptions();
        var end = at is { } moment ? NextMidnight(moment) : await LatestDayAsync(store, organisation.Id, organisation.IncludePrivate, cancellationToken);
        await termDays.EnsureCurrentAsync(organisation.Id, cancellationToken);
        // Three independent reads side by side (SQLite's "async" calls run synchronously, hence Task.Run):
        // the counts, the names, and the window's last day of messages for the evidence — read even when
        // nothing trends, since waiting for the ranking first would cost more.
        var countsTask = Task.Run(() => termDays.WindowCountsAsync(
            organisation.Id, DateOnly.FromDateTime(end.UtcDateTime), (int)options.Window.TotalDays, options.BaselineWindows + 1, options.MinimumCount,
            organisation.IncludePrivate, cancellationToken), cancellationToken);
        // The names change only with an import or a directory: the same set serves every window the dashboard asks.
        var namesTask = Task.Run(
            () => cache is null
                ? PeopleNamesAsync(store, organisation.Id, cancellationToken)
                : cache.GetOrComputeAsync(FigureCache.Key("people-names", organisation), organisation, () => PeopleNamesAsync(store, organisation.Id, cancellationToken)),
            cancellationToken);
        var lastDayTask = Task.Run(() => DayAsync(store, organisation, end, 0, cancellationToken), cancellationToken);
        var ranked = Trending.Rank(await countsTask, await namesTask, options);
        var terms = await EvidenceAsync(store, organisation, end, (int)options.Window.TotalDays, ranked, await lastDayTask, cancellationToken);
        return new TrendsView(organisation.Slug, end, daily ? "day" : "week", terms);
    }

    /// <summary>
    /// The ranked terms with their evidence (<see cref="Trending.WithEvidence"/>: the newest messages of the
    /// window that contain each), reading the window a day at a time from its end and stopping when every
    /// term has its <see cref="Trending.EvidencePerTerm"/> messages: a trending term is usually frequent in
    /// the last days, so most windows read one day's bodies instead of seven. Every message of a day is
    /// newer than every message of the days before it, so taking each day's newest first, day after day,
    /// gives the evidence a scan of the whole window gives.
    /// </summary>
    private static async Task<IReadOnlyList<TrendingTerm>> EvidenceAsync(
        MonitoringStore store, Storage.Rows.OrganisationRow organisation, DateTimeOffset end, int days, IReadOnlyList<TrendingTerm> ranked,
        IReadOnlyList<TrendText> lastDay, CancellationToken cancellationToken)
    {
        var found = ranked.ToDictionary(t => t.Term, _ => new List<string>(), StringComparer.Ordinal);
        var texts = lastDay;
        for (var day = 0; day < days; day++)
        {
            var wanted = ranked.Where(t => found[t.Term].Count < Math.Min(t.Count, Trending.EvidencePerTerm)).ToList();
            if (wanted.Count == 0) break;
            if (day > 0) texts = await DayAsync(store, organisation, end, day, cancellationToken);
            foreach (var term in Trending.WithEvidence(wanted, texts, TermDays.Vocabulary))
            {
                var list = found[term.Term];
                list.AddRange(term.Messages.Take(Trending.EvidencePerTerm - list.Count));
            }
        }

        return [.. ranked.Select(t => t with { Messages = found[t.Term] })];
    }

    /// <summary>The countable messages of the day that ends <paramref name="daysBack"/> days before <paramref name="end"/>.</summary>
    private static async Task<IReadOnlyList<TrendText>> DayAsync(MonitoringStore store, Storage.Rows.OrganisationRow organisation, DateTimeOffset end, int daysBack, CancellationToken cancellationToken)
    {
        var to = end.AddDays(-daysBack);
        var texts = await store.TextsAsync(organisation.Id, to.AddDays(-1), to, organisation.IncludePrivate, cancellationToken: cancellationToken);
        return [.. texts.Select(t => new TrendText(t.Id, t.CreatedAt, t.Body, t.Topics))];
    }

    /// <summary>The moment itself at midnight UTC, else the following midnight.</summary>
    internal static DateTimeOffset NextMidnight(DateTimeOffset moment)
    {
        var utc = moment.UtcDateTime;
        var day = utc.Date == utc ? utc : utc.Date.AddDays(1);
        return new DateTimeOffset(day, TimeSpan.Zero);
    }

    /// <summary>Every word of every person's name and username in the organisation, lower case: never a trend.</summary>
    private async Task<IReadOnlySet<string>> PeopleNamesAsync(MonitoringStore store, long organisationId, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var accounts = await store.AccountsAsync(organisationId, cancellationToken);
        var directory = await new DirectoryStore(database).ListAsync(organisationId, cancellationToken);
        var texts = accounts.Select(a => a.Name).Concat(directory.Select(d => d.Name))
            .Concat(accounts.Select(a => a.ExternalId[(a.ExternalId.IndexOf(':', StringComparison.Ordinal) + 1)..]));
        foreach (var text in texts.OfType<string>())
        {
            foreach (var part in NameParts.Of(text))
            {
                names.Add(part.ToLowerInvariant());
            }
        }

        return names;
    }

    private static async Task<DateTimeOffset> LatestDayAsync(MonitoringStore store, long organisationId, bool includePrivate, CancellationToken cancellationToken)
    {
        var latest = await store.LatestMessageAsync(organisationId, includePrivate, cancellationToken);
        var day = (latest ?? DateTimeOffset.UtcNow).UtcDateTime.Date.AddDays(1);
        return new DateTimeOffset(day, TimeSpan.Zero);
    }
}
