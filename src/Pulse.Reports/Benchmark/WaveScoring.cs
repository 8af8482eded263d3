using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Reports.Benchmark;

/// <summary>A wave, the model it was answered with, and its scores.</summary>
public sealed record WaveScoreView(WaveRow Wave, MaturityModel Model, WaveScores Scores);

/// <summary>Scores a wave from its stored answers with the wave's own model version.</summary>
public sealed class WaveScoring(PulseDatabase database)
{
    public async Task<WaveScoreView> ScoreAsync(string waveCode, CancellationToken cancellationToken = default)
    {
        var store = new SurveyStore(database);
        var wave = await store.GetWaveAsync(waveCode, cancellationToken);
        var model = Models.Get(wave.ModelVersion);
        var responses = await store.ResponsesAsync(wave.Id, model, cancellationToken);
        return new WaveScoreView(wave, model, new ScoringEngine(model).Score(responses));
    }
}
