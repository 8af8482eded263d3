using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Benchmark;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/orgs/{slug}/scorecard?wave=</c>: the organisation's maturity scores in one wave.</summary>
internal static class ScorecardApi
{
    public static void Map(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("/scorecard", GetAsync)
            .WithName("GetScorecard")
            .WithTags("Benchmark")
            .WithSummary("The organisation's scores in a wave")
            .WithDescription(
                "The organisation's maturity index, stage and scores per precondition, construct and indicator in one wave, and the wave's Cronbach's alpha per construct: " +
                "its own row of `pulse score --wave ID --json`, no other organisation's. Without wave: the latest wave it answered. " +
                "404 for an unknown wave or one the organisation did not answer.");

    private static async Task<Results<Ok<ScoreDocument>, ProblemHttpResult>> GetAsync(
        [Description("The organisation's slug.")] string slug,
        [Description("The wave's id, e.g. 2026. Default: the latest wave the organisation answered.")] string? wave,
        PulseApp app,
        CancellationToken cancellationToken)
    {
        var code = string.IsNullOrWhiteSpace(wave) ? (await app.Waves.LatestAnsweredByAsync(slug, cancellationToken))?.Code : wave;
        if (code is null) return ApiProblems.NotFound("No scorecard", $"{slug} has answered no wave; give one with the parameter wave.");
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return ApiProblems.UnknownWave("wave", code);
        return ScoreDocument.For(await app.Scoring.ScoreAsync(code, cancellationToken), slug) is { } document
            ? TypedResults.Ok(document)
            : ApiProblems.NotFound("No scorecard", $"{slug} has no answers in wave '{code}' (parameter wave).");
    }
}
