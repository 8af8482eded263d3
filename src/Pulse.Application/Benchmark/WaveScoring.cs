using System.Diagnostics;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Benchmark;

/// <summary>A wave, the model it was answered with, and its scores.</summary>
public sealed record WaveScoreView(WaveRow Wave, MaturityModel Model, WaveScores Scores);

/// <summary>A scored wave with how long loading the answers and computing the scores took.</summary>
public sealed record MeasuredScoring(WaveScoreView View, double SecondsToLoad, double SecondsToCompute);

/// <summary>Scores a wave from its stored answers with the wave's own model version.</summary>
public sealed class WaveScoring(PulseDatabase database)
{
    public async Task<WaveScoreView> ScoreAsync(string waveCode, CancellationToken cancellationToken = default) =>
        (await ScoreMeasuredAsync(waveCode, cancellationToken)).View;

    /// <summary>The same, timed in its two parts (for `pulse bench survey`).</summary>
    public async Task<MeasuredScoring> ScoreMeasuredAsync(string waveCode, CancellationToken cancellationToken = default)
    {
        var store = new SurveyStore(database);
        var wave = await store.GetWaveAsync(waveCode, cancellationToken);
        var model = Models.Get(wave.ModelVersion);
        var clock = Stopwatch.StartNew();
        var responses = await store.ResponsesAsync(wave.Id, model, cancellationToken);
        var loaded = clock.Elapsed.TotalSeconds;
        clock.Restart();
        // Published results keep respondents anonymous: small employee surveys are withheld here, once, for every face.
        var scores = RespondentAnonymity.Apply(new ScoringEngine(model).Score(responses));
        return new MeasuredScoring(new WaveScoreView(wave, model, scores), loaded, clock.Elapsed.TotalSeconds);
    }
}
