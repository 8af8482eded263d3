using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Rendering.Text;

namespace Pulse.Rendering.Charts;

/// <summary>
/// The research report's charts for pages that show a wave (the dashboard), as images: the same
/// box plots and comparison dots as the report, drawn from aggregates only.
/// </summary>
public static class WaveCharts
{
    /// <summary>Box plots of <paramref name="ids"/> (score ids: "index", precondition or construct ids), one row each, in the given order.</summary>
    /// <param name="language">"nl" or "en": labels and number format.</param>
    public static ChartImage Distribution(MaturityModel model, WaveBenchmark benchmark, IReadOnlyList<string> ids, string language, string title)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var text = ReportText.For(language);
        var rows = ids.Select(id => new DistributionRow(ScoreNames.Of(model, id, text), benchmark.Distributions.GetValueOrDefault(id))).ToList();
        return ChartImage.From(DistributionChart.Render(rows, text, "distribution", title), title);
    }

    /// <summary>
    /// Mean of each of <paramref name="ids"/> in <paramref name="wave"/> and <paramref name="previousWave"/>;
    /// ids the comparison does not hold (not comparable between the models) are left out. Null when none is left.
    /// </summary>
    public static ChartImage? Comparison(
        MaturityModel model, WaveComparison comparison, IReadOnlyList<string> ids, string wave, string previousWave, string language, string title)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = ReportText.For(language);
        var rows = ids
            .Select(id => comparison.Scores.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal)))
            .OfType<ScoreChange>()
            .Select(c => new ComparisonRow(ScoreNames.Of(model, c.Id, text), c.Mean1, c.Mean2))
            .ToList();
        return rows.Count == 0 ? null : ChartImage.From(ComparisonChart.Render(rows, wave, previousWave, text, "comparison", title), title);
    }

    /// <summary>A score's name in the report's words (e.g. "Maturity index", a precondition's or construct's name).</summary>
    public static string ScoreName(MaturityModel model, string id, string language) => ScoreNames.Of(model, id, ReportText.For(language));
}
