using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Pulse.Maturity.Answers;
using Pulse.Maturity.Model;
using Pulse.Maturity.Scoring;

namespace Pulse.Benchmarks;

/// <summary>Issue 3's target: scoring 100,000 respondents in 2,000 organisations in under 3 s and 500 MB.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser(displayGenColumns: false)]
public class ScoringBenchmarks
{
    private ScoringEngine engine = null!;
    private IReadOnlyList<Response> responses = [];

    [GlobalSetup]
    public void Setup()
    {
        var model = ModelCatalog.Get("v1");
        engine = new ScoringEngine(model);
        responses = SyntheticWave.Responses(model, 100_000, 2_000);
    }

    [Benchmark(Description = "score 100,000 respondents in 2,000 organisations")]
    public int Score() => engine.Score(responses).Organisations.Count;
}
