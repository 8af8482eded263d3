using Pulse.Maturity.Benchmark;
using Pulse.Maturity.Model;
using Pulse.Storage;

namespace Pulse.Application.Benchmark;

/// <summary>The benchmark of a wave, optionally compared with an earlier one: one use case for the CLI, the report and the pages.</summary>
public sealed class BenchmarkQuery(PulseDatabase database, WaveScoring scoring)
{
    public async Task<BenchmarkView> RunAsync(string waveCode, string? compareCode = null, CancellationToken cancellationToken = default)
    {
        if (compareCode is not null && string.Equals(compareCode, waveCode, StringComparison.Ordinal))
        {
            throw new PulseUsageException($"--compare names the same wave as --wave ({waveCode}); compare with an earlier wave.");
        }

        var current = await scoring.ScoreAsync(waveCode, cancellationToken);
        var benchmark = BenchmarkStatistics.Compute(current.Model, current.Scores);
        WaveScoreView? previous = compareCode is null ? null : await scoring.ScoreAsync(compareCode, cancellationToken);
        var comparison = previous is null ? null : WaveComparer.Compare(current.Model, current.Scores, previous.Model, previous.Scores);
        DriverAnalysis? drivers = null;
        string? refused = null;
        try
        {
            drivers = Drivers.Analyse(current.Model, current.Scores);
        }
        catch (BenchmarkException e)
        {
            refused = e.Message;
        }

        var organisations = await new OrganisationStore(database).ListAsync(cancellationToken);
        var bySlug = organisations.ToDictionary(o => o.Slug, StringComparer.Ordinal);
        var scored = current.Scores.Organisations.Where(o => o.Index is not null).ToList();
        var cuts = new List<CutTable>
        {
            Cuts.Of("sector", scored.Select(o => (bySlug.GetValueOrDefault(o.Organisation)?.Sector, o.Index!.Value))),
            Cuts.Of("size", scored.Select(o => (Cuts.SizeBand(bySlug.GetValueOrDefault(o.Organisation)?.Employees), o.Index!.Value))),
        };

        return new BenchmarkView(
            new WaveInfo(current.Wave.Code, current.Wave.ModelVersion),
            current.Model,
            current.Scores,
            benchmark,
            previous is null ? null : new WaveInfo(previous.Wave.Code, previous.Wave.ModelVersion),
            previous?.Scores,
            comparison,
            drivers,
            refused,
            Findings.Of(benchmark, comparison, previous?.Wave.Code),
            cuts,
            current.Scores.Organisations.ToDictionary(o => o.Organisation, o => PublishedName(bySlug.GetValueOrDefault(o.Organisation)), StringComparer.Ordinal),
            organisations.ToDictionary(o => o.Slug, o => o.Name, StringComparer.Ordinal));
    }

    /// <summary>How published results may name an organisation: by name only with its recorded consent.</summary>
    public static LocalizedText PublishedName(OrganisationSummary? organisation) => organisation switch
    {
        { NamedConsent: true } => new LocalizedText(organisation.Name, organisation.Name),
        { Sector: { Length: > 0 } sector } => new LocalizedText($"een organisatie in de sector {sector}", $"an organisation in the {sector} sector"),
        _ => new LocalizedText("een organisatie", "an organisation"),
    };
}
