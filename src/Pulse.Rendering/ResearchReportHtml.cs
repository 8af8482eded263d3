using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Rendering.Charts;
using Pulse.Rendering.Html;
using Pulse.Rendering.Text;

namespace Pulse.Rendering;

/// <summary>
/// The research report of a wave as one self-contained HTML page: inline CSS, charts as inline
/// SVG, no JavaScript, page breaks for print. Sections (each with an anchor): method and response,
/// findings, one per precondition, drivers, top 10, appendix.
/// </summary>
public static class ResearchReportHtml
{
    /// <summary>The section anchors, in order; a precondition's section is "precondition-ID".</summary>
    public const string MethodAnchor = "method";
    public const string FindingsAnchor = "findings";
    public const string IndexAnchor = "index";
    public const string DriversAnchor = "drivers";
    public const string TopAnchor = "top";
    public const string AppendixAnchor = "appendix";

    /// <summary>A difference is called a difference below this p-value (issue 8: "only when its test says so").</summary>
    public const double SignificanceLevel = 0.05;

    public static string Render(ResearchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = ReportText.For(report.Language);
        var html = new HtmlBuilder();
        var title = $"{text.ReportTitle} — {text.WaveLabel} {report.Wave}";

        html.Element("h1", text.ReportTitle);
        html.Element("p", report.CompareWave is null
            ? $"{text.WaveLabel} {report.Wave}"
            : $"{text.WaveLabel} {report.Wave} · {text.ComparedWith} {report.CompareWave}", "subtitle");
        Contents(html, report, text);
        Method(html, report, text);
        Findings(html, report, text);
        var chart = 0;
        Index(html, report, text, ref chart);
        foreach (var precondition in report.Model.Preconditions)
        {
            Precondition(html, report, precondition, text, ref chart);
        }

        Drivers(html, report, text);
        Top(html, report, text);
        CutSection(html, report, text);
        Appendix(html, report, text);
        return HtmlBuilder.Document(report.Language, title, ReportStyle.Css, html.ToString());
    }

    private static void Contents(HtmlBuilder html, ResearchReport report, ReportText text)
    {
        html.Element("h2", text.Contents).Open("ol", "toc");
        Entry(MethodAnchor, text.MethodHeading);
        Entry(FindingsAnchor, text.FindingsHeading);
        Entry(IndexAnchor, text.MaturityIndex);
        foreach (var precondition in report.Model.Preconditions)
        {
            Entry(PreconditionAnchor(precondition), precondition.Name.In(text.Language));
        }

        Entry(DriversAnchor, text.DriversHeading);
        Entry(TopAnchor, text.TopHeading);
        Entry(AppendixAnchor, text.AppendixHeading);
        html.Close("ol");

        void Entry(string anchor, string heading) => html.Open("li").Link(anchor, heading).Close("li");
    }

    /// <summary>The anchor of a precondition's section.</summary>
    public static string PreconditionAnchor(Precondition precondition) => "precondition-" + precondition.Id;

    private static void Method(HtmlBuilder html, ResearchReport report, ReportText text)
    {
        var benchmark = report.Benchmark;
        html.Open("section", "page", MethodAnchor).Element("h2", text.MethodHeading).Element("p", text.MethodIntro);
        html.Element("h3", text.ResponseHeading);
        html.Table(
            [new(text.Item), new(text.Value, Numeric: true)],
            [
                [text.OrganisationsInWave, text.Count(benchmark.Organisations)],
                ["– " + text.WithCommunity, text.Count(benchmark.Organisations - benchmark.WithoutCommunity)],
                ["– " + text.WithoutCommunity, text.Count(benchmark.WithoutCommunity)],
                [text.ScoredOrganisations, text.Count(benchmark.Scored)],
                [text.IncompleteOrganisations, text.Count(benchmark.Incomplete.Count)],
                [text.ModelVersion, report.Model.Version],
                [text.ComparedWith, report.CompareWave ?? text.NotCompared],
            ]);

        html.Element("h3", text.ReliabilityHeading).Element("p", text.ReliabilityIntro);
        html.Table(
            [new(text.Construct), new(text.Precondition), new(text.Alpha, true), new(text.CompleteCases, true), new(text.Band)],
            ReliabilityRows(report, text));
        html.Close("section");
    }

    /// <summary>Per construct: its name, precondition, alpha, cases and band; shared with the workbook.</summary>
    internal static IEnumerable<IReadOnlyList<string>> ReliabilityRows(ResearchReport report, ReportText text) =>
        from precondition in report.Model.Preconditions
        from construct in precondition.Constructs
        let alpha = report.Scores.Reliability.GetValueOrDefault(construct.Id)
        let cases = report.Scores.ReliabilityCases.TryGetValue(construct.Id, out var n) ? n : (int?)null
        select (IReadOnlyList<string>)
        [
            construct.Name.In(text.Language),
            precondition.Name.In(text.Language),
            text.Fixed(alpha, 2),
            text.Count(cases),
            ReliabilityBands.Of(alpha).Name(text),
        ];

    private static void Findings(HtmlBuilder html, ResearchReport report, ReportText text)
    {
        html.Open("section", null, FindingsAnchor).Element("h2", text.FindingsHeading);
        if (report.Findings.Count == 0)
        {
            html.Element("p", text.NoFindings, "muted");
        }
        else
        {
            html.List(report.Findings.Select(f => f.Text.In(text.Language)), "ul", "findings");
        }

        html.Close("section");
    }

    /// <summary>The index and the four preconditions side by side: the overview before the sections per precondition.</summary>
    private static void Index(HtmlBuilder html, ResearchReport report, ReportText text, ref int chart)
    {
        html.Open("section", "page", IndexAnchor).Element("h2", text.MaturityIndex);
        Scores(html, report, [WaveBenchmark.IndexId, .. report.Model.Preconditions.Select(p => p.Id)], text.MaturityIndex, text, ref chart);
        html.Close("section");
    }

    private static void Precondition(HtmlBuilder html, ResearchReport report, Precondition precondition, ReportText text, ref int chart)
    {
        var name = precondition.Name.In(text.Language);
        html.Open("section", "page", PreconditionAnchor(precondition)).Element("h2", name)
            .Element("p", precondition.Description.In(text.Language));
        Scores(html, report, [.. ScoreNames.OfPrecondition(precondition)], name, text, ref chart);
        html.Close("section");
    }

    /// <summary>Distribution chart and table of some scores, then their comparison with the earlier wave when there is one.</summary>
    private static void Scores(HtmlBuilder html, ResearchReport report, IReadOnlyList<string> ids, string name, ReportText text, ref int chart)
    {
        html.Element("h3", text.DistributionHeading);
        var rows = ids.Select(id => new DistributionRow(ScoreNames.Of(report.Model, id, text), report.Benchmark.Distributions.GetValueOrDefault(id))).ToList();
        html.Open("figure")
            .Raw(DistributionChart.Render(rows, text, $"chart{++chart}", $"{text.DistributionHeading}: {name}"))
            .Element("figcaption", text.DistributionCaption)
            .Close("figure");
        html.Table(
            [new(text.ScoreColumn), new("n", true), new(text.Mean, true), new(text.Median, true), new("Q1", true), new("Q3", true), new(text.Min, true), new(text.Max, true)],
            rows.Select(r => DistributionCells(r.Label, r.Distribution, text)));

        if (report.Comparison is { } comparison && report.CompareWave is { } previousWave)
        {
            var changes = ids
                .Select(id => comparison.Scores.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal)))
                .OfType<ScoreChange>()
                .ToList();
            html.Element("h3", text.Format(text.ComparisonHeading, previousWave));
            if (changes.Count > 0)
            {
                var comparisonRows = changes.Select(c => new ComparisonRow(ScoreNames.Of(report.Model, c.Id, text), c.Mean1, c.Mean2)).ToList();
                html.Open("figure")
                    .Raw(ComparisonChart.Render(comparisonRows, report.Wave, previousWave, text, $"chart{++chart}", text.Format(text.ComparisonHeading, previousWave) + ": " + name))
                    .Element("figcaption", text.ComparisonCaption)
                    .Close("figure");
                html.Table(ScoreChangeColumns(report, previousWave, text), changes.Select(c => ScoreChangeCells(report, c, text)));
            }

            var notComparable = comparison.NotComparable.Where(ids.Contains).ToList();
            if (notComparable.Count > 0)
            {
                html.Element("p", text.NotComparableHeading + ": " + string.Join(", ", notComparable.Select(id => ScoreNames.Of(report.Model, id, text))), "notice");
            }
        }
    }

    internal static IReadOnlyList<string> DistributionCells(string label, Distribution? d, ReportText text) =>
        d is null
            ? [label, text.Count(0), "–", "–", "–", "–", "–", "–"]
            : [label, text.Count(d.N), text.Score(d.Mean), text.Score(d.Median), text.Score(d.Q1), text.Score(d.Q3), text.Score(d.Min), text.Score(d.Max)];

    private static List<HtmlColumn> ScoreChangeColumns(ResearchReport report, string previousWave, ReportText text) =>
    [
        new(text.ScoreColumn),
        new(text.Format(text.MeanInWave, report.Wave), true),
        new(text.Format(text.NInWave, report.Wave), true),
        new(text.Format(text.MeanInWave, previousWave), true),
        new(text.Format(text.NInWave, previousWave), true),
        new("p", true),
        new(text.Significant),
    ];

    private static IReadOnlyList<string> ScoreChangeCells(ResearchReport report, ScoreChange c, ReportText text) =>
    [
        ScoreNames.Of(report.Model, c.Id, text),
        text.Score(c.Mean1),
        text.Count(c.N1),
        text.Score(c.Mean2),
        text.Count(c.N2),
        text.P(c.P),
        Significance(c.P, text),
    ];

    private static string Significance(double? p, ReportText text) => p is { } value ? (value < SignificanceLevel ? text.Yes : text.No) : "–";

    private static void Drivers(HtmlBuilder html, ResearchReport report, ReportText text)
    {
        html.Open("section", "page", DriversAnchor).Element("h2", text.DriversHeading).Element("p", text.DriversIntro);
        if (report.Drivers is not { } drivers)
        {
            html.Element("p", text.Format(text.DriversRefused, DriverAnalysis.MinimumOrganisations), "notice");
            html.Close("section");
            return;
        }

        html.Element("h3", text.CoefficientsHeading)
            .Element("p", text.Format(text.ModelFit, text.Fixed(drivers.R2, 3), text.Count(drivers.N)));
        html.Table(
            [new(text.Term), new(text.Estimate, true), new(text.StandardError, true), new("p", true)],
            drivers.Coefficients.Select(c => (IReadOnlyList<string>)[ScoreNames.OfTerm(report.Model, c.Term, text), text.Fixed(c.Estimate, 3), text.Fixed(c.StandardError, 3), text.P(c.P)]));

        html.Element("h3", text.CorrelationsHeading);
        html.Table(
            [new(text.Construct), new(text.Mean, true), new("r", true), new("p", true)],
            drivers.Correlations.Select(c => (IReadOnlyList<string>)
            [
                ScoreNames.OfTerm(report.Model, c.Term, text),
                text.Score(report.Benchmark.Distributions.GetValueOrDefault(c.Term)?.Mean),
                text.Fixed(c.R, 2),
                text.P(c.P),
            ]));

        var points = drivers.Correlations
            .Where(c => double.IsFinite(c.R) && report.Benchmark.Distributions.GetValueOrDefault(c.Term) is not null)
            .Select(c => new QuadrantPoint(ScoreNames.OfTerm(report.Model, c.Term, text), report.Benchmark.Distributions[c.Term]!.Mean, c.R))
            .ToList();
        if (points.Count > 0)
        {
            html.Element("h3", text.QuadrantHeading).Open("figure")
                .Raw(QuadrantChart.Render(points, text, "quadrant", text.QuadrantHeading))
                .Element("figcaption", text.QuadrantCaption)
                .Close("figure");
        }

        html.Close("section");
    }

    private static void Top(HtmlBuilder html, ResearchReport report, ReportText text)
    {
        html.Open("section", "page", TopAnchor).Element("h2", text.TopHeading).Element("p", text.TopIntro);
        var rows = TopRows(report, text).ToList();
        if (rows.Count == 0)
        {
            html.Element("p", text.NoRanking, "muted");
        }
        else
        {
            html.Table([new(text.Rank, true), new(text.Organisation), new(text.MaturityIndex, true), new(text.Stage)], rows);
        }

        html.Close("section");
    }

    /// <summary>The top 10 (every organisation with a shared rank of at most 10) with names as given; shared with the workbook.</summary>
    internal static IEnumerable<IReadOnlyList<string>> TopRows(ResearchReport report, ReportText text)
    {
        var stages = report.Scores.Organisations.ToDictionary(o => o.Organisation, o => o.Stage, StringComparer.Ordinal);
        return report.Benchmark.Ranking
            .Where(r => r.Rank <= ResearchReport.TopPlaces)
            .Select(r => (IReadOnlyList<string>)
            [
                text.Count(r.Rank),
                ShownName(report, r.Organisation, text),
                text.Score(r.Index),
                stages.GetValueOrDefault(r.Organisation) is { } stage ? $"{stage.Number} {stage.Name.In(text.Language)}" : "–",
            ]);
    }

    /// <summary>The name to print for a ranked organisation: the one given, else "an organisation" — never the slug.</summary>
    internal static string ShownName(ResearchReport report, string slug, ReportText text) =>
        report.TopNames.TryGetValue(slug, out var name) && !string.IsNullOrWhiteSpace(name) ? name : text.UnnamedOrganisation;

    private static void CutSection(HtmlBuilder html, ResearchReport report, ReportText text)
    {
        if (report.Cuts.Count == 0) return;
        html.Open("section", null, "cuts").Element("h2", text.CutsHeading).Element("p", text.CutsIntro);
        foreach (var cut in report.Cuts)
        {
            html.Element("h3", cut.Dimension == "size" ? text.SizeCut : text.SectorCut);
            if (cut.Groups.Count == 0)
            {
                html.Element("p", text.NoCut, "muted");
            }
            else
            {
                html.Table(
                    [new(text.Group), new("n", true), new(text.Mean, true), new(text.Median, true)],
                    [.. cut.Groups.Select(g => (IReadOnlyList<string>)[g.IsOther ? text.OtherGroups : g.Group, text.Count(g.N), text.Score(g.Mean), text.Score(g.Median)])]);
            }

            if (cut.HiddenGroups > 0) html.Element("p", string.Format(text.Culture, text.HiddenGroups, cut.HiddenGroups), "muted");
        }

        html.Close("section");
    }

    private static void Appendix(HtmlBuilder html, ResearchReport report, ReportText text)
    {
        html.Open("section", "page", AppendixAnchor).Element("h2", text.AppendixHeading).Element("p", text.AppendixIntro);
        html.Table(
            [new(text.Indicator), new("x", true), new("n", true), new(text.Share, true), new(text.Ci95, true)],
            report.Benchmark.Indicators.Select(i => (IReadOnlyList<string>)
                [i.Name.In(text.Language), text.Count(i.X), text.Count(i.N), text.Percent(i.Share), text.Interval(i.Lower, i.Upper)]));

        if (report.Comparison is { } comparison && report.CompareWave is { } previousWave && comparison.Indicators.Count > 0)
        {
            html.Element("h3", text.Format(text.IndicatorComparisonHeading, previousWave));
            html.Table(
                [
                    new(text.Indicator),
                    new($"x {report.Wave}", true), new(text.Format(text.NInWave, report.Wave), true), new($"{text.Share} {report.Wave}", true),
                    new($"x {previousWave}", true), new(text.Format(text.NInWave, previousWave), true), new($"{text.Share} {previousWave}", true),
                    new("p", true), new(text.Significant),
                ],
                comparison.Indicators.Select(c => (IReadOnlyList<string>)
                [
                    IndicatorName(report.Model, c.Id, text),
                    text.Count(c.X1), text.Count(c.N1), text.Percent(Share(c.X1, c.N1)),
                    text.Count(c.X2), text.Count(c.N2), text.Percent(Share(c.X2, c.N2)),
                    text.P(c.P), Significance(c.P, text),
                ]));

            var notComparable = comparison.NotComparable.Where(id => report.Model.FindIndicator(id) is not null || !IsScore(report.Model, id)).ToList();
            if (notComparable.Count > 0)
            {
                html.Element("p", text.NotComparableHeading + ": " + string.Join(", ", notComparable), "notice");
            }
        }

        html.Close("section");
    }

    internal static string IndicatorName(MaturityModel model, string id, ReportText text) =>
        model.FindIndicator(id)?.Name.In(text.Language) ?? id;

    internal static double? Share(int x, int n) => n > 0 ? (double)x / n : null;

    private static bool IsScore(MaturityModel model, string id) =>
        string.Equals(id, WaveBenchmark.IndexId, StringComparison.Ordinal)
        || model.Preconditions.Any(p => string.Equals(p.Id, id, StringComparison.Ordinal))
        || model.FindConstruct(id) is not null;
}
