using Pulse.Monitoring.Metrics;
using Pulse.Search.Themes;
using Pulse.Storage;

namespace Pulse.Application.Monitoring;

/// <summary>One week of a theme: its messages and their mean sentiment (null without messages).</summary>
public sealed record ThemeWeek(DateOnly Week, int Messages, double? Sentiment);

/// <summary>
/// One theme over a period (monitoring-metrics.md, "Theme"): the messages that match its query,
/// their authors, their mean sentiment and the shares positive / neutral / negative, and the same
/// per week (Monday to Monday, UTC).
/// </summary>
public sealed record ThemeFigures(
    string Name, string Query, int Messages, int Contributors, double? Sentiment, double? Positive, double? Neutral, double? Negative, IReadOnlyList<ThemeWeek> Weekly);

/// <summary>An organisation's themes in a period.</summary>
public sealed record ThemesView(string Organisation, Period Period, IReadOnlyList<ThemeFigures> Themes);

/// <summary>
/// `pulse monitor themes`: every theme of the organisation over the period. A theme counts the
/// messages participation counts (posts, not deleted, not by a bot, not private without the opt-in)
/// whose text matches its query through the organisation's search index (search's analysis: whole
/// words, any case and accents), with the sentiment the import stored for each. Everything comes from
/// the index (it keeps each message's time, author and sentiment as doc values), so a period of
/// hundreds of thousands of messages is counted without reading them from the database.
/// </summary>
public sealed class ThemesQuery(PulseDatabase database, SearchService search, FigureCache? cache = null)
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public async Task<ThemesView> RunAsync(string slug, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var themes = await new ThemeStore(database).ListAsync(organisation.Id, cancellationToken);
        if (cache is null) return await ComputeAsync(organisation, themes, from, to, cancellationToken);
        // The themes themselves are part of the key: adding or removing one changes the figures without an import.
        var definitions = string.Join('\n', themes.Select(t => t.Name + "\t" + t.Query));
        return await cache.GetOrComputeAsync(
            FigureCache.Key("themes", organisation, from, to, definitions), organisation, () => ComputeAsync(organisation, themes, from, to, cancellationToken));
    }

    private async Task<ThemesView> ComputeAsync(
        Storage.Rows.OrganisationRow organisation, IReadOnlyList<StoredTheme> themes, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var slug = organisation.Slug;
        var store = new MonitoringStore(database);
        var period = ParticipationQuery.Resolve(from, to, await store.LatestMessageAsync(organisation.Id, organisation.IncludePrivate, cancellationToken));
        if (themes.Count == 0) return new ThemesView(organisation.Slug, period, []);
        var firstMonday = WeeklySeries.MondayOf(period.From);
        var tallies = await search.WithCurrentIndexAsync(
            slug, force: false, (index, _, _) => themes.Select(t => index.Tally(ThemeQuery.Parse(t.Query), period.From, period.To, firstMonday, Week)).ToList(), cancellationToken);

        var figures = new List<ThemeFigures>();
        for (var i = 0; i < themes.Count; i++)
        {
            var tally = tallies[i];
            var weekly = tally.Buckets.Select((week, n) => new ThemeWeek(
                DateOnly.FromDateTime(firstMonday.AddDays(7 * n).UtcDateTime), week.Messages, week.Messages == 0 ? null : week.SentimentSum / week.Messages)).ToList();
            double? Share(int count) => tally.Messages == 0 ? null : (double)count / tally.Messages;
            figures.Add(new ThemeFigures(
                themes[i].Name,
                themes[i].Query,
                tally.Messages,
                tally.Contributors,
                tally.Messages == 0 ? null : tally.SentimentSum / tally.Messages,
                Share(tally.Positive),
                Share(tally.Neutral),
                Share(tally.Negative),
                weekly));
        }

        return new ThemesView(organisation.Slug, period, figures);
    }
}
