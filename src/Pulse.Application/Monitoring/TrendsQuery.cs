using Pulse.Monitoring.Privacy;
using Pulse.Monitoring.Trends;
using Pulse.Search.Analysis;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>The trending terms of one organisation at one moment, with what they cover.</summary>
public sealed record TrendsView(string Organisation, DateTimeOffset At, string Window, IReadOnlyList<TrendingTerm> Terms);

/// <summary>
/// Trending terms (monitoring-metrics.md, "Content") of an organisation: its countable posts of the
/// current window and the eight windows before, read with their bodies, and the names of its people
/// (account and directory names, usernames) left out, as are the stop words of search.
/// </summary>
public sealed class TrendsQuery(PulseDatabase database)
{
    /// <param name="at">The end of the current window (exclusive); default: the day after the latest message.</param>
    /// <param name="daily">A day as the window instead of a week.</param>
    public async Task<TrendsView> RunAsync(string slug, DateTimeOffset? at, bool daily = false, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var options = daily ? new TrendOptions { Window = TimeSpan.FromDays(1), BaselineWindows = 14 } : new TrendOptions();
        var end = at ?? await LatestDayAsync(store, organisation.Id, organisation.IncludePrivate, cancellationToken);
        var start = end - (options.Window * (options.BaselineWindows + 1));
        var texts = await store.TextsAsync(organisation.Id, start, end, organisation.IncludePrivate, cancellationToken: cancellationToken);
        var names = await PeopleNamesAsync(store, organisation.Id, cancellationToken);
        var terms = Trending.Compute(texts.Select(t => new TrendText(t.Id, t.CreatedAt, t.Body, t.Topics)), end, StopWords.DutchAndEnglish, names, options);
        return new TrendsView(organisation.Slug, end, daily ? "day" : "week", terms);
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
