using Pulse.Monitoring.Metrics;
using Pulse.Monitoring.Model;
using Pulse.Monitoring.Text.Sentiment;
using Pulse.Search.Indexing;
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
/// whose text matches its query through search's analysis (whole words, any case and accents).
/// </summary>
/// <remarks>
/// For now the period's messages are indexed in memory per request (Pulse.Search's own index, so
/// the matching is exactly search's); the persistent index kept by the import (issue 9, item 4)
/// replaces that step without changing a figure.
/// </remarks>
public sealed class ThemesQuery(PulseDatabase database)
{
    public async Task<ThemesView> RunAsync(string slug, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new MonitoringStore(database);
        var themes = await new ThemeStore(database).ListAsync(organisation.Id, cancellationToken);
        var period = ParticipationQuery.Resolve(from, to, await store.LatestMessageAsync(organisation.Id, organisation.IncludePrivate, cancellationToken));
        var texts = await store.TextsAsync(organisation.Id, period.From, period.To, organisation.IncludePrivate, cancellationToken);
        var byId = texts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        using var index = MessageIndex.InMemory();
        index.AddOrUpdate(texts.Select(t => new IndexedMessage(
            t.Id, new Message(t.Id, t.Id, null, null, t.Author, t.CreatedAt, null, null, false, MessageKind.Post, t.Body, 0, false, t.Topics))));
        index.Commit("themes " + period.From.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        // The score stored on import; private conversations (opted in) are scored here, since the import never analyses them.
        double Feel(string id) => byId[id].Sentiment ?? SentimentAnalyzer.Default.Analyze(byId[id].Body).Score;

        var figures = new List<ThemeFigures>();
        foreach (var theme in themes)
        {
            var ids = index.Matches(ThemeQuery.Parse(theme.Query), period.From, period.To);
            var scores = ids.Select(Feel).ToList();
            var n = scores.Count;
            var weekly = new List<ThemeWeek>();
            for (var monday = WeeklySeries.MondayOf(period.From); monday < period.To; monday = monday.AddDays(7))
            {
                var inWeek = ids.Where(id => byId[id].CreatedAt >= monday && byId[id].CreatedAt < monday.AddDays(7)).Select(Feel).ToList();
                weekly.Add(new ThemeWeek(DateOnly.FromDateTime(monday.UtcDateTime), inWeek.Count, inWeek.Count == 0 ? null : inWeek.Average()));
            }

            figures.Add(new ThemeFigures(
                theme.Name,
                theme.Query,
                n,
                ids.Select(id => byId[id].Author).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
                n == 0 ? null : scores.Average(),
                Share(scores, SentimentLabel.Positive),
                Share(scores, SentimentLabel.Neutral),
                Share(scores, SentimentLabel.Negative),
                weekly));
        }

        return new ThemesView(organisation.Slug, period, figures);
    }

    /// <summary>The share of scores with this label: positive above 0.05, negative below −0.05 (monitoring-metrics.md).</summary>
    private static double? Share(List<double> scores, SentimentLabel label) =>
        scores.Count == 0 ? null : (double)scores.Count(s => Label(s) == label) / scores.Count;

    private static SentimentLabel Label(double score) => score switch
    {
        > 0.05 => SentimentLabel.Positive,
        < -0.05 => SentimentLabel.Negative,
        _ => SentimentLabel.Neutral,
    };
}
