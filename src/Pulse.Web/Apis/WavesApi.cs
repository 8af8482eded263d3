using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application.Benchmark;
using Pulse.Application;
using Pulse.Storage;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis;

/// <summary>`/api/waves`: the benchmark waves, their scores and their benchmark (the same documents as `pulse score --json` and `pulse benchmark --json`).</summary>
public static class WavesApi
{
    public static IEndpointRouteBuilder MapWavesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/waves");
        api.MapGetAndHead("/", ListAsync).WithName("ListWaves");
        api.MapGetAndHead("/{code}/scores", ScoresAsync).WithName("WaveScores");
        api.MapGetAndHead("/{code}/benchmark", BenchmarkAsync).WithName("WaveBenchmark");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<WaveSummary>>> ListAsync(PulseApp app, CancellationToken cancellationToken) =>
        TypedResults.Ok(await app.Waves.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ScoreDocument>, NotFound>> ScoresAsync(string code, PulseApp app, CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return TypedResults.NotFound();
        return TypedResults.Ok(ScoreDocument.From(await app.Scoring.ScoreAsync(code, cancellationToken)));
    }

    /// <summary>The wave's benchmark; <c>?compare=CODE</c> adds the comparison with an earlier wave.</summary>
    private static async Task<Results<Ok<BenchmarkDocument>, NotFound, BadRequest<string>>> BenchmarkAsync(
        string code, string? compare, PulseApp app, CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return TypedResults.NotFound();
        if (compare is not null && await app.Waves.FindAsync(compare, cancellationToken) is null) return TypedResults.NotFound();
        if (compare == code) return TypedResults.BadRequest("compare names the same wave; compare with an earlier one.");
        return TypedResults.Ok(BenchmarkDocument.From(await app.Benchmarks.RunAsync(code, compare, cancellationToken)));
    }
}
