using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Reality;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/orgs/{slug}/reality?wave=</c>: the questionnaire's claims next to what the messages measure.</summary>
internal static class RealityApi
{
    public static void Map(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("/reality", GetAsync)
            .WithName("GetReality")
            .WithTags("Reality check")
            .WithSummary("Claims next to measurements")
            .WithDescription(
                "What the organisation claimed in a wave's questionnaire (share of the target group active, management participation, use by colleagues and managers) " +
                "next to what its messages in the 90 days up to the wave's date measure: claimed, measured, gap and verdict per claim. " +
                "Without wave: the latest wave it answered. The same document as `pulse monitor reality --wave ID --org SLUG --json`.");

    private static async Task<Results<Ok<RealityDocument>, ProblemHttpResult>> GetAsync(
        [Description("The organisation's slug.")] string slug,
        [Description("The wave's id, e.g. 2026. Default: the latest wave the organisation answered.")] string? wave,
        PulseApp app,
        CancellationToken cancellationToken)
    {
        var code = string.IsNullOrWhiteSpace(wave) ? (await app.Waves.LatestAnsweredByAsync(slug, cancellationToken))?.Code : wave;
        if (code is null) return ApiProblems.NotFound("No wave answered", $"{slug} has answered no wave; give one with the parameter wave.");
        if (await app.Waves.FindAsync(code, cancellationToken) is null) return ApiProblems.UnknownWave("wave", code);
        return TypedResults.Ok(RealityDocument.Of(await app.Reality.RunAsync(slug, code, cancellationToken: cancellationToken)));
    }
}
