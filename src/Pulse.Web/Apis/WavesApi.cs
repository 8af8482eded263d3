using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application.Benchmark;
using Pulse.Application;
using Pulse.Storage;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis;

/// <summary>`/api/waves`: the benchmark waves and their scores (the same document as `pulse score --json`).</summary>
public static class WavesApi
{
    public static IEndpointRouteBuilder MapWavesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/waves");
        api.MapGetAndHead("/", ListAsync).WithName("ListWaves");
        api.MapGetAndHead("/{code}/scores", ScoresAsync).WithName("WaveScores");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<WaveSummary>>> ListAsync(PulseApp app, CancellationToken cancellationToken) =>
        TypedResults.Ok(await app.Waves.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ScoreDocument>, NotFound>> ScoresAsync(string code, PulseApp app, CancellationToken cancellationToken)
    {
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return TypedResults.NotFound();
        return TypedResults.Ok(ScoreDocument.From(await app.Scoring.ScoreAsync(code, cancellationToken)));
    }
}
