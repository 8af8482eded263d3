using Pulse.Maturity.Benchmark;
using Pulse.Rendering;
using Pulse.Storage;

namespace Pulse.Application.Benchmark;

/// <summary>
/// Writes the research report (HTML, PDF, XLSX) or an organisation's scorecard (HTML, PDF) from the
/// benchmark of a wave. Published names follow the organisations' recorded consent; a scorecard
/// shows its own organisation and only aggregates of the others.
/// </summary>
public sealed class ReportService(BenchmarkQuery benchmarks)
{
    public async Task<ReportFiles> WriteAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Language is not ("nl" or "en")) throw new PulseUsageException($"--lang is nl or en, not '{request.Language}'.");
        if (string.IsNullOrWhiteSpace(request.OutDir)) throw new PulseUsageException("--out needs a folder.");
        if (File.Exists(request.OutDir)) throw new PulseUsageException($"--out {request.OutDir} is a file; give a folder.");
        var view = await benchmarks.RunAsync(request.Wave, request.Compare, cancellationToken);
        try
        {
            return request.Organisation is { } slug
                ? await ReportWriter.WriteScorecardAsync(Scorecard(view, slug, request.Language), request.OutDir, request.Pdf, cancellationToken)
                : await ReportWriter.WriteAsync(Report(view, request.Language), request.OutDir, request.Pdf, cancellationToken);
        }
        catch (ChromiumNotFoundException e)
        {
            throw new PulseException(e.Message + " (or leave out the PDF with --no-pdf).", e);
        }
    }

    /// <summary>The research report's input: the top 10 named only with consent.</summary>
    public static ResearchReport Report(BenchmarkView view, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var top = view.Benchmark.Ranking.Where(r => r.Rank <= ResearchReport.TopPlaces)
            .ToDictionary(r => r.Organisation, r => view.PublishedNames[r.Organisation].In(language), StringComparer.Ordinal);
        return new ResearchReport(
            view.Wave.Code, view.CompareWave?.Code, view.Model, view.Scores, view.Benchmark, view.Comparison, view.Drivers, view.Findings, top, language)
        {
            Cuts = view.Cuts,
        };
    }

    /// <summary>One organisation's scorecard: its own scores, the wave's aggregates, advice from the model and its peers.</summary>
    public static Scorecard Scorecard(BenchmarkView view, string slug, string language)
    {
        ArgumentNullException.ThrowIfNull(view);
        var own = view.Scores.Organisations.FirstOrDefault(o => o.Organisation == slug)
            ?? throw new PulseException($"Organisation '{slug}' has no answers in wave {view.Wave.Code}; `pulse score --wave {view.Wave.Code}` lists the ones that do.");
        if (own.Withheld)
        {
            throw new PulseException($"The results of '{slug}' in wave {view.Wave.Code} are withheld: {own.Respondents} respondents are fewer than {Maturity.Scoring.RespondentAnonymity.DefaultThreshold}, too few to stay anonymous, so there is no scorecard.");
        }

        var advice = own.Stage is null ? [] : Advice.For(view.Model, view.Scores, slug).Select(a => a.Text).ToList();
        var previous = view.CompareScores?.Organisations.FirstOrDefault(o => o.Organisation == slug);
        return Rendering.Scorecard.For(
            view.Wave.Code, view.Model, view.Benchmark, own, view.Names.GetValueOrDefault(slug) ?? slug, advice, language, previous, previous is null ? null : view.CompareWave?.Code);
    }
}
