using System.Collections.Concurrent;
using System.Diagnostics;
using Pulse.Application;
using Pulse.Application.Benchmark;
using Pulse.Storage;

namespace Pulse.Web.Pages;

/// <summary>
/// The benchmark of each wave (compared with the wave created before it) and its page's charts,
/// computed once and kept: scoring 2,000 organisations and drawing the charts takes most of a
/// quarter second, and the answers rarely change. An entry is used only while the respondent
/// counts of both waves are what they were, so an import of new answers shows at once; answers
/// re-imported with the same respondents but changed values show after <see cref="MaxAge"/> at
/// the latest (the command line imports in another process, which this one cannot hear).
/// </summary>
public sealed class WaveViews(PulseApp app)
{
    /// <summary>How long an entry is trusted without its counts changing.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The wave's benchmark, compared with the previous wave when there is one.</summary>
    /// <exception cref="PulseException">There is no such wave.</exception>
    public async Task<BenchmarkView> BenchmarkAsync(string wave, CancellationToken cancellationToken = default) =>
        (await EntryAsync(wave, cancellationToken)).View;

    /// <summary>The wave page's model in <paramref name="language"/>: the benchmark and its charts.</summary>
    public async Task<WavePageModel> PageAsync(string wave, string language, string overviewTitle, CancellationToken cancellationToken = default)
    {
        var entry = await EntryAsync(wave, cancellationToken);
        return entry.Pages.GetOrAdd(language, l => WavePageModel.Build(entry.View, l, overviewTitle));
    }

    private async Task<Entry> EntryAsync(string wave, CancellationToken cancellationToken)
    {
        var waves = await app.Waves.ListAsync(cancellationToken);
        var current = waves.FirstOrDefault(w => string.Equals(w.Code, wave, StringComparison.Ordinal))
            ?? throw new PulseException($"There is no wave '{wave}'.");
        var previous = WaveCatalog.Previous(waves, current);
        var state = new WaveState(previous?.Code, current.Respondents, previous?.Respondents ?? 0);
        if (_entries.TryGetValue(wave, out var kept) && kept.State == state && kept.Age.Elapsed < MaxAge) return kept;
        // Two requests that miss at once both compute; the later one's entry stays. Cheaper than a lock per wave.
        var view = await app.Benchmarks.RunAsync(wave, previous?.Code, cancellationToken);
        var entry = new Entry(state, view, Stopwatch.StartNew());
        _entries[wave] = entry;
        return entry;
    }

    /// <summary>What the answers looked like when an entry was computed.</summary>
    private sealed record WaveState(string? Previous, int Respondents, int PreviousRespondents);

    private sealed record Entry(WaveState State, BenchmarkView View, Stopwatch Age)
    {
        public ConcurrentDictionary<string, WavePageModel> Pages { get; } = new(StringComparer.Ordinal);
    }
}
