using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Benchmark;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/waves</c>: the benchmark waves, every organisation's scores and the wave's benchmark.</summary>
internal static class WavesApi
{
    private const string Tag = "Benchmark";

    public static void Map(RouteGroupBuilder waves)
    {
        waves.MapGetAndHead("", ListAsync)
            .WithName("ListWaves")
            .WithTags(Tag)
            .WithSummary("List the waves")
            .WithDescription("The rounds of the benchmark study with their model version and how many organisations and respondents answered; the same document as `pulse wave list --json`.");
        waves.MapGetAndHead("/{id}/scores", ScoresAsync)
            .WithName("GetWaveScores")
            .WithTags(Tag)
            .WithSummary("Every organisation's scores in a wave")
            .WithDescription("Per organisation: completeness, maturity index, stage and scores per precondition, construct and indicator; and Cronbach's alpha per construct. The same document as `pulse score --wave ID --json`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        waves.MapGetAndHead("/{id}/benchmark", BenchmarkAsync)
            .WithName("GetWaveBenchmark")
            .WithTags(Tag)
            .WithSummary("The benchmark of a wave")
            .WithDescription(
                "Distributions, indicators with 95 % intervals, the ranking (named only with consent), drivers, findings, cuts and each organisation's percentiles; " +
                "with compare, the comparison with an earlier wave (two-proportion and Welch tests). The same document as `pulse benchmark --wave ID [--compare ID] --json`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<WaveListDocument>> ListAsync(PulseApp app, CancellationToken cancellationToken) =>
        TypedResults.Ok(new WaveListDocument(await app.Waves.ListAsync(cancellationToken)));

    private static async Task<Results<Ok<ScoreDocument>, ProblemHttpResult>> ScoresAsync(
        [Description("The wave's id, e.g. 2026.")] string id,
        PulseApp app,
        CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(id, cancellationToken) is null) return ApiProblems.UnknownWave("id", id);
        return TypedResults.Ok(ScoreDocument.From(await app.Scoring.ScoreAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<BenchmarkDocument>, ProblemHttpResult, ValidationProblem>> BenchmarkAsync(
        [Description("The wave's id, e.g. 2026.")] string id,
        [Description("An earlier wave to compare with, e.g. 2025.")] string? compare,
        PulseApp app,
        CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(id, cancellationToken) is null) return ApiProblems.UnknownWave("id", id);
        if (string.IsNullOrEmpty(compare)) compare = null;
        if (compare is not null && await app.Waves.FindAsync(compare, cancellationToken) is null) return ApiProblems.UnknownWave("compare", compare);
        if (compare == id) return ApiProblems.BadRequest($"compare names the same wave as id ({id}); compare with an earlier wave.", "compare");
        return TypedResults.Ok(BenchmarkDocument.From(await app.Benchmarks.RunAsync(id, compare, cancellationToken)));
    }
}
