using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Reports.Benchmark;
using Pulse.Storage;

namespace Pulse.Web.Apis;

/// <summary>`/api/waves`: the benchmark waves and their scores (the same document as `pulse score --json`).</summary>
public static class WavesApi
{
    public static IEndpointRouteBuilder MapWavesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/waves");
        api.MapGet("/", ListAsync).WithName("ListWaves");
        api.MapGet("/{code}/scores", ScoresAsync).WithName("WaveScores");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<WaveSummary>>> ListAsync(PulseDatabase database, CancellationToken cancellationToken) =>
        TypedResults.Ok(await new SurveyStore(database).ListWavesAsync(cancellationToken));

    private static async Task<Results<Ok<ScoreDocument>, NotFound>> ScoresAsync(string code, PulseDatabase database, CancellationToken cancellationToken)
    {
        if (await new SurveyStore(database).FindWaveAsync(code, cancellationToken) is null) return TypedResults.NotFound();
        return TypedResults.Ok(ScoreDocument.From(await new WaveScoring(database).ScoreAsync(code, cancellationToken)));
    }
}
