using Pulse.Maturity.Benchmark;
using Pulse.Rendering.Charts;
using Pulse.Rendering.Html;
using Pulse.Rendering.Text;

namespace Pulse.Rendering;

/// <summary>
/// One organisation's scorecard as a self-contained HTML page: index and stage, radars of its
/// preconditions and Usage factors against the benchmark median and top quartile, its percentile
/// per score, its weakest precondition, its change since the previous wave, and advice. It shows
/// the organisation's own values and aggregates of the wave only (see <see cref="Scorecard"/>).
/// </summary>
public static class ScorecardHtml
{
    /// <summary>The id of the Usage precondition in the model, whose constructs get their own radar.</summary>
    public const string UsageId = "usage";

    public static string Render(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = ReportText.For(card.Language);
        return HtmlBuilder.Document(card.Language, $"{text.ScorecardTitle}: {card.DisplayName}", ReportStyle.Css, Body(card, text, images: false));
    }

    /// <summary>
    /// The scorecard's content without the document around it, to show inside another page: the
    /// same sections, with the radars as images (<see cref="ChartImage"/>) so that a page whose
    /// Content-Security-Policy forbids inline styles still shows them.
    /// </summary>
    public static string Fragment(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Body(card, ReportText.For(card.Language), images: true);
    }

    private static string Body(Scorecard card, ReportText text, bool images)
    {
        var html = new HtmlBuilder();
        var org = card.Organisation;
        html.Element("h1", $"{text.ScorecardTitle}: {card.DisplayName}");
        html.Element("p", $"{text.WaveLabel} {card.Wave} · {text.ModelVersion} {card.Model.Version}", "subtitle");

        html.Open("section", null, "index").Element("h2", text.IndexAndStage);
        if (org.Withheld)
        {
            html.Element("p", text.Withheld, "notice").Close("section");
            return html.ToString();
        }

        if (org.Index is { } index && org.Stage is { } stage)
        {
            html.Element("p", $"{text.MaturityIndex}: {text.Score(index)} · {text.Format(text.StageOf, stage.Number, stage.Name.In(card.Language))}", "headline");
        }
        else
        {
            html.Element("p", text.NotScored, "notice");
        }

        html.Close("section");
        Profile(html, card, text, images);
        Weakest(html, card, text);
        Change(html, card, text);
        Advice(html, card, text);
        return html.ToString();
    }

    /// <summary>A benchmark figure only when it rests on at least <see cref="Scorecard.MinimumPeers"/> organisations.</summary>
    private static Distribution? Peers(Scorecard card, string id) =>
        card.Distributions.GetValueOrDefault(id) is { } d && d.N >= Scorecard.MinimumPeers ? d : null;

    private static double? Own(Scorecard card, string id)
    {
        var org = card.Organisation;
        if (string.Equals(id, WaveBenchmark.IndexId, StringComparison.Ordinal))
        {
            return org.Index;
        }

        return org.Preconditions.GetValueOrDefault(id) ?? org.Constructs.GetValueOrDefault(id);
    }

    private static double? Before(Scorecard card, string id)
    {
        if (card.Previous is not { } previous)
        {
            return null;
        }

        if (string.Equals(id, WaveBenchmark.IndexId, StringComparison.Ordinal))
        {
            return previous.Index;
        }

        return previous.Preconditions.GetValueOrDefault(id) ?? previous.Constructs.GetValueOrDefault(id);
    }

    private static void Profile(HtmlBuilder html, Scorecard card, ReportText text, bool images)
    {
        html.Open("section", null, "profile").Element("h2", text.ProfileHeading).Element("p", text.ProfileCaption);
        var preconditionIds = card.Model.Preconditions.Select(p => p.Id).ToList();
        var usageIds = card.Model.Preconditions.FirstOrDefault(p => string.Equals(p.Id, UsageId, StringComparison.Ordinal))?.Constructs.Select(c => c.Id).ToList() ?? [];
        html.Open("div", "radars");
        Radar(html, card, text, preconditionIds, text.PreconditionsRadar, "radar-preconditions", images);
        if (usageIds.Count > 0)
        {
            Radar(html, card, text, usageIds, text.UsageRadar, "radar-usage", images);
        }

        html.Close("div");

        var ids = new List<string> { WaveBenchmark.IndexId };
        foreach (var precondition in card.Model.Preconditions)
        {
            ids.AddRange(ScoreNames.OfPrecondition(precondition));
        }

        var anyHidden = false;
        var rows = ids.Select(id =>
        {
            var peers = Peers(card, id);
            anyHidden |= peers is null && card.Distributions.GetValueOrDefault(id) is not null;
            return (IReadOnlyList<string>)
            [
                ScoreNames.Of(card.Model, id, text),
                text.Score(Own(card, id)),
                text.Score(peers?.Median),
                text.Score(peers?.Q3),
                peers is null ? "–" : text.Fixed(card.Percentiles.GetValueOrDefault(id), 0),
            ];
        }).ToList();
        html.Table(
            [new(text.ScoreColumn), new(text.YourOrganisation, true), new(text.BenchmarkMedian, true), new(text.BenchmarkQ3, true), new(text.Percentile, true)],
            rows);
        if (anyHidden)
        {
            html.Element("p", text.Format(text.TooFewPeers, Scorecard.MinimumPeers), "muted");
        }

        html.Close("section");
    }

    private static void Radar(HtmlBuilder html, Scorecard card, ReportText text, IReadOnlyList<string> ids, string title, string id, bool images)
    {
        // A spoke is drawn only where the organisation has a score: a missing score drawn as 0 would read as a weakness.
        var spokes = ids.Where(i => Own(card, i) is not null).ToList();
        if (spokes.Count < 3)
        {
            return;
        }

        // Solid lines only: ScottPlot's SVG backend (Skia) cannot draw dash patterns and says so on
        // standard error for every one; colour and fill tell the series apart.
        var series = new List<RadarSeriesData>();
        if (spokes.All(i => Peers(card, i) is not null))
        {
            series.Add(new(text.BenchmarkQ3, [.. spokes.Select(i => Peers(card, i)!.Q3)], ChartStyle.Highlight, ChartStyle.Highlight.WithAlpha(0.15), ScottPlot.LinePattern.Solid));
            series.Add(new(text.BenchmarkMedian, [.. spokes.Select(i => Peers(card, i)!.Median)], ChartStyle.Muted, ChartStyle.Muted.WithAlpha(0.12), ScottPlot.LinePattern.Solid));
        }

        series.Add(new(text.YourOrganisation, [.. spokes.Select(i => Own(card, i)!.Value)], ChartStyle.Accent, ChartStyle.Accent.WithAlpha(0.25), ScottPlot.LinePattern.Solid));
        var svg = RadarChart.Render([.. spokes.Select(i => ScoreNames.Of(card.Model, i, text))], series, text, id, title);
        html.Open("figure")
            .Raw(images ? ChartImage.From(svg, title).ToHtml() : svg)
            .Element("figcaption", title)
            .Close("figure");
    }

    private static void Weakest(HtmlBuilder html, Scorecard card, ReportText text)
    {
        var weakest = card.Model.Preconditions
            .Select(p => (Precondition: p, Score: card.Organisation.Preconditions.GetValueOrDefault(p.Id)))
            .Where(p => p.Score is not null)
            .MinBy(p => p.Score);
        if (weakest.Precondition is null)
        {
            return;
        }

        html.Open("section", null, "weakest").Element("h2", text.WeakestHeading)
            .Element("p", text.Format(text.WeakestText, weakest.Precondition.Name.In(card.Language), text.Score(weakest.Score)))
            .Close("section");
    }

    private static void Change(HtmlBuilder html, Scorecard card, ReportText text)
    {
        html.Open("section", null, "change");
        if (card.Previous is null || card.PreviousWave is null)
        {
            html.Element("h2", text.Format(text.ChangeHeading, card.PreviousWave ?? "–")).Element("p", text.NoPrevious, "muted").Close("section");
            return;
        }

        html.Element("h2", text.Format(text.ChangeHeading, card.PreviousWave));
        var ids = new List<string> { WaveBenchmark.IndexId };
        ids.AddRange(card.Model.Preconditions.Select(p => p.Id));
        html.Table(
            [new(text.ScoreColumn), new($"{text.Before} ({card.PreviousWave})", true), new($"{text.Now} ({card.Wave})", true), new(text.Change, true)],
            ids.Select(id => (IReadOnlyList<string>)
                [ScoreNames.Of(card.Model, id, text), text.Score(Before(card, id)), text.Score(Own(card, id)), text.Difference(Own(card, id), Before(card, id))]));
        if (card.Previous.Stage is { } before && card.Organisation.Stage is { } now)
        {
            html.Element("p", $"{text.Stage}: {before.Number} {before.Name.In(card.Language)} → {now.Number} {now.Name.In(card.Language)}");
        }

        html.Close("section");
    }

    private static void Advice(HtmlBuilder html, Scorecard card, ReportText text)
    {
        html.Open("section", null, "advice").Element("h2", text.AdviceHeading);
        if (card.Advice.Count == 0)
        {
            html.Element("p", text.NoAdvice, "muted");
        }
        else
        {
            html.List(card.Advice.Select(a => a.In(card.Language)));
        }

        html.Close("section");
    }
}
