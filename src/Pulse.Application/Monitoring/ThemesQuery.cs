using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Text.Sentiment;
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
/// words, any case and accents), with the sentiment the import stored for each.
/// </summary>
public sealed class ThemesQuery(PulseDatabase database, SearchService search)
{
    public async Task<ThemesView> RunAsync(string slug, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var themes = await new ThemeStore(database).ListAsync(organisation.Id, cancellationToken);
        var period = ParticipationQuery.Resolve(from, to, await store.LatestMessageAsync(organisation.Id, organisation.IncludePrivate, cancellationToken));
        if (themes.Count == 0) return new ThemesView(organisation.Slug, period, []);
        var matches = await search.WithCurrentIndexAsync(
            slug, force: false, (index, _, _) => themes.Select(t => index.Matches(ThemeQuery.Parse(t.Query), period.From, period.To)).ToList(), cancellationToken);
        // Bodies only where the import stored no sentiment (private conversations, opted in): those are scored here.
        var texts = await store.TextsAsync(organisation.Id, period.From, period.To, organisation.IncludePrivate, withBodies: false, cancellationToken);
        var byId = texts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        double Feel(string id) => byId[id].Sentiment ?? SentimentAnalyzer.Default.Analyze(byId[id].Body).Score;

        var figures = new List<ThemeFigures>();
        for (var i = 0; i < themes.Count; i++)
        {
            var ids = matches[i].Where(byId.ContainsKey).ToList();
            var scores = ids.Select(Feel).ToList();
            var weekly = new List<ThemeWeek>();
            for (var monday = WeeklySeries.MondayOf(period.From); monday < period.To; monday = monday.AddDays(7))
            {
                var inWeek = ids.Where(id => byId[id].CreatedAt >= monday && byId[id].CreatedAt < monday.AddDays(7)).Select(Feel).ToList();
                weekly.Add(new ThemeWeek(DateOnly.FromDateTime(monday.UtcDateTime), inWeek.Count, inWeek.Count == 0 ? null : inWeek.Average()));
            }

            figures.Add(new ThemeFigures(
                themes[i].Name,
                themes[i].Query,
                scores.Count,
                ids.Select(id => byId[id].Author).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
                scores.Count == 0 ? null : scores.Average(),
                Share(scores, SentimentLabel.Positive),
                Share(scores, SentimentLabel.Neutral),
                Share(scores, SentimentLabel.Negative),
                weekly));
        }

        return new ThemesView(organisation.Slug, period, figures);
    }

    private static double? Share(List<double> scores, SentimentLabel label) =>
        scores.Count == 0 ? null : (double)scores.Count(s => SentimentLabels.Of(s) == label) / scores.Count;
}
