using Pulse.Maturity.Model;
using Pulse.Maturity.Survey;
using Pulse.Storage;

namespace Pulse.Application.Benchmark;

/// <summary>A wave as the faces show it.</summary>
public sealed record WaveInfo(string Code, string ModelVersion);

/// <summary>The rounds of the benchmark study, and the answer-file header of each.</summary>
public sealed class WaveCatalog(PulseDatabase database)
{
    private readonly SurveyStore store = new(database);

    /// <summary>Creates a wave answered with one model version (refused for a version this build lacks).</summary>
    public Task<WaveInfo> CreateAsync(string code, string modelVersion, CancellationToken cancellationToken = default) =>
        CreateAsync(code, modelVersion, null, cancellationToken);

    /// <summary>The same, dated <paramref name="date"/> (default now): the date the reality check's matching period ends on.</summary>
    public async Task<WaveInfo> CreateAsync(string code, string modelVersion, DateTime? date, CancellationToken cancellationToken = default)
    {
        if (!ModelCatalog.Versions.Contains(modelVersion, StringComparer.Ordinal))
        {
            throw new PulseUsageException($"There is no maturity model '{modelVersion}' (--model); this build has {string.Join(", ", ModelCatalog.Versions)}.");
        }

        var row = await store.CreateWaveAsync(code, modelVersion, date ?? DateTime.UtcNow, cancellationToken);
        return new WaveInfo(row.Code, row.ModelVersion);
    }

    /// <summary>Creates the wave unless it exists; the demo's idempotent path.</summary>
    public async Task<WaveInfo> EnsureAsync(string code, string modelVersion, CancellationToken cancellationToken = default) =>
        await FindAsync(code, cancellationToken) ?? await CreateAsync(code, modelVersion, cancellationToken);

    /// <summary>The same, dated <paramref name="date"/> when it is created.</summary>
    public async Task<WaveInfo> EnsureAsync(string code, string modelVersion, DateTime date, CancellationToken cancellationToken = default) =>
        await FindAsync(code, cancellationToken) ?? await CreateAsync(code, modelVersion, date, cancellationToken);

    public Task<IReadOnlyList<WaveSummary>> ListAsync(CancellationToken cancellationToken = default) => store.ListWavesAsync(cancellationToken);

    /// <summary>
    /// The wave to compare <paramref name="code"/> with: the latest wave created before it, or null
    /// when it is the first. Creation order, not code order: codes need not be years.
    /// </summary>
    public async Task<WaveSummary?> PreviousAsync(string code, CancellationToken cancellationToken = default)
    {
        var waves = await ListAsync(cancellationToken);
        var wave = waves.FirstOrDefault(w => string.Equals(w.Code, code, StringComparison.Ordinal));
        return wave is null ? null : Previous(waves, wave);
    }

    /// <summary>Among <paramref name="waves"/>, the latest created before <paramref name="wave"/>; null when none is.</summary>
    public static WaveSummary? Previous(IEnumerable<WaveSummary> waves, WaveSummary wave)
    {
        ArgumentNullException.ThrowIfNull(wave);
        return waves.Where(w => w.CreatedAt < wave.CreatedAt).OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Code, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The latest wave (by creation) in which the organisation has answers; null when it has none.</summary>
    public async Task<WaveSummary?> LatestAnsweredByAsync(string slug, CancellationToken cancellationToken = default)
    {
        var answered = (await store.WavesAnsweredByAsync(slug, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (answered.Count == 0) return null;
        var waves = await ListAsync(cancellationToken);
        return waves.Where(w => answered.Contains(w.Code)).OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Code, StringComparer.Ordinal).FirstOrDefault();
    }

    public async Task<WaveInfo?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        await store.FindWaveAsync(code, cancellationToken) is { } row ? new WaveInfo(row.Code, row.ModelVersion) : null;

    /// <summary>The answer file's header for the wave's model: organisation, respondent, one column per item.</summary>
    public async Task<IReadOnlyList<string>> TemplateAsync(string code, CancellationToken cancellationToken = default)
    {
        var row = await store.GetWaveAsync(code, cancellationToken);
        return SurveyTemplate.Header(Models.Get(row.ModelVersion));
    }
}
