using Pulse.Application.Benchmark;
using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Rendering.Charts;

namespace Pulse.Web.Pages;

/// <summary>A precondition's chart on the wave page: the distribution of it and its constructs.</summary>
public sealed record PreconditionChart(Precondition Precondition, ChartImage Image);

/// <summary>
/// What the wave page shows: the wave's benchmark (compared with the previous wave when there is
/// one) and its charts, drawn in the page's language. Built once per wave, language and state of
/// the answers, since drawing the charts is most of the page's cost.
/// </summary>
public sealed record WavePageModel(BenchmarkView View, ChartImage Overview, IReadOnlyList<PreconditionChart> Preconditions, ChartImage? Change)
{
    /// <summary>Score ids of the overview: the index, then each precondition.</summary>
    public IReadOnlyList<string> OverviewIds { get; } = [WaveBenchmark.IndexId, .. View.Model.Preconditions.Select(p => p.Id)];

    /// <summary>Per organisation (slug), its rank by index (ties share a rank); missing when it is not ranked.</summary>
    public IReadOnlyDictionary<string, int> Ranks { get; } = View.Benchmark.Ranking.ToDictionary(r => r.Organisation, r => r.Rank, StringComparer.Ordinal);

    public static WavePageModel Build(BenchmarkView view, string language, string overviewTitle)
    {
        ArgumentNullException.ThrowIfNull(view);
        var model = view.Model;
        IReadOnlyList<string> overview = [WaveBenchmark.IndexId, .. model.Preconditions.Select(p => p.Id)];
        var preconditions = model.Preconditions
            .Select(p => new PreconditionChart(
                p,
                WaveCharts.Distribution(model, view.Benchmark, [p.Id, .. p.Constructs.Select(c => c.Id)], language, WaveCharts.ScoreName(model, p.Id, language))))
            .ToList();
        var change = view.Comparison is { } comparison && view.CompareWave is { } previous
            ? WaveCharts.Comparison(model, comparison, overview, view.Wave.Code, previous.Code, language, overviewTitle)
            : null;
        return new WavePageModel(view, WaveCharts.Distribution(model, view.Benchmark, overview, language, overviewTitle), preconditions, change);
    }
}
