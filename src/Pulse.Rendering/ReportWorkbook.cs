using MiniExcelLibs;
using Pulse.Rendering.Text;

namespace Pulse.Rendering;

/// <summary>
/// Every table of the research report as an XLSX workbook, one sheet per table: response,
/// reliability, findings, distribution, indicators, top 10, and — when present — the wave
/// comparison and the driver analysis. Numbers are unrounded numbers; text is string cells
/// (<see cref="SpreadsheetText.Cell"/>). The top 10 sheet holds the names the report prints, not
/// the slugs: the workbook publishes no more than the report does. Written with MiniExcel, which
/// needs no native library.
/// </summary>
public static class ReportWorkbook
{
    public static void Write(ResearchReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var sheets = Sheets(report);
        MiniExcel.SaveAs(output, sheets, printHeader: true, excelType: ExcelType.XLSX);
    }

    /// <summary>The sheets in order: name → rows (column header → cell value).</summary>
    internal static Dictionary<string, object> Sheets(ResearchReport report)
    {
        var text = ReportText.For(report.Language);
        var model = report.Model;
        var benchmark = report.Benchmark;
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);

        Add(text.SheetResponse, [
            Row((text.Item, text.OrganisationsInWave), (text.Value, benchmark.Organisations)),
            Row((text.Item, text.WithCommunity), (text.Value, benchmark.Organisations - benchmark.WithoutCommunity)),
            Row((text.Item, text.WithoutCommunity), (text.Value, benchmark.WithoutCommunity)),
            Row((text.Item, text.ScoredOrganisations), (text.Value, benchmark.Scored)),
            Row((text.Item, text.IncompleteOrganisations), (text.Value, benchmark.Incomplete.Count)),
            Row((text.Item, text.ModelVersion), (text.Value, model.Version)),
            Row((text.Item, text.ComparedWith), (text.Value, report.CompareWave ?? text.NotCompared)),
        ]);

        Add(text.SheetReliability, [
            .. from precondition in model.Preconditions
               from construct in precondition.Constructs
               let alpha = report.Scores.Reliability.GetValueOrDefault(construct.Id)
               select Row(
                   ("id", construct.Id),
                   (text.Construct, construct.Name.In(text.Language)),
                   (text.Precondition, precondition.Name.In(text.Language)),
                   (text.Alpha, alpha),
                   (text.CompleteCases, report.Scores.ReliabilityCases.TryGetValue(construct.Id, out var n) ? n : null),
                   (text.Band, ReliabilityBands.Of(alpha).Name(text))),
        ]);

        Add(text.SheetFindings, [.. report.Findings.Select(f => Row(("id", f.Id), (text.FindingsHeading, f.Text.In(text.Language))))]);

        Add(text.SheetDistribution, [
            .. benchmark.Distributions.Select(pair => Row(
                ("id", pair.Key),
                (text.ScoreColumn, ScoreNames.Of(model, pair.Key, text)),
                ("n", pair.Value?.N ?? 0),
                (text.Mean, pair.Value?.Mean),
                (text.Median, pair.Value?.Median),
                ("Q1", pair.Value?.Q1),
                ("Q3", pair.Value?.Q3),
                (text.Min, pair.Value?.Min),
                (text.Max, pair.Value?.Max))),
        ]);

        Add(text.SheetIndicators, [
            .. benchmark.Indicators.Select(i => Row(
                ("id", i.Id),
                (text.Indicator, i.Name.In(text.Language)),
                ("x", i.X),
                ("n", i.N),
                (text.Share, i.Share),
                (text.Ci95 + " −", i.Lower),
                (text.Ci95 + " +", i.Upper))),
        ]);

        var stages = report.Scores.Organisations.ToDictionary(o => o.Organisation, o => o.Stage, StringComparer.Ordinal);
        Add(text.SheetRanking, [
            .. benchmark.Ranking.Where(r => r.Rank <= ResearchReport.TopPlaces).Select(r => Row(
                (text.Rank, r.Rank),
                (text.Organisation, ResearchReportHtml.ShownName(report, r.Organisation, text)),
                (text.MaturityIndex, r.Index),
                (text.Stage, stages.GetValueOrDefault(r.Organisation)?.Number))),
        ]);

        if (report.Comparison is { } comparison && report.CompareWave is { } previousWave)
        {
            Add(text.SheetScoreComparison, [
                .. comparison.Scores.Select(c => Row(
                    ("id", c.Id),
                    (text.ScoreColumn, ScoreNames.Of(model, c.Id, text)),
                    (text.Format(text.MeanInWave, report.Wave), c.Mean1),
                    (text.Format(text.NInWave, report.Wave), c.N1),
                    (text.Format(text.MeanInWave, previousWave), c.Mean2),
                    (text.Format(text.NInWave, previousWave), c.N2),
                    ("p", c.P))),
            ]);
            Add(text.SheetIndicatorComparison, [
                .. comparison.Indicators.Select(c => Row(
                    ("id", c.Id),
                    (text.Indicator, ResearchReportHtml.IndicatorName(model, c.Id, text)),
                    ($"x {report.Wave}", c.X1),
                    (text.Format(text.NInWave, report.Wave), c.N1),
                    ($"x {previousWave}", c.X2),
                    (text.Format(text.NInWave, previousWave), c.N2),
                    ("p", c.P))),
            ]);
            Add(text.SheetNotComparable, [.. comparison.NotComparable.Select(id => Row(("id", id)))]);
        }

        if (report.Drivers is { } drivers)
        {
            Add(text.SheetCoefficients, [
                .. drivers.Coefficients.Select(c => Row(
                    (text.Term, c.Term),
                    (text.Construct, ScoreNames.OfTerm(model, c.Term, text)),
                    (text.Estimate, c.Estimate),
                    (text.StandardError, c.StandardError),
                    ("p", c.P),
                    ("R²", drivers.R2),
                    ("n", drivers.N))),
            ]);
            Add(text.SheetCorrelations, [
                .. drivers.Correlations.Select(c => Row(
                    (text.Term, c.Term),
                    (text.Construct, ScoreNames.OfTerm(model, c.Term, text)),
                    (text.Mean, benchmark.Distributions.GetValueOrDefault(c.Term)?.Mean),
                    ("r", c.R),
                    ("p", c.P))),
            ]);
        }

        return sheets;

        void Add(string name, List<Dictionary<string, object?>> rows) => sheets[name] = rows;
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (column, value) in cells)
        {
            row[column] = SpreadsheetText.Cell(value);
        }

        return row;
    }
}
