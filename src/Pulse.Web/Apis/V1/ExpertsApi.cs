using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pulse.Application;
using Pulse.Application.Monitoring;
using Pulse.Storage;
using Pulse.Web.Hosting;

namespace Pulse.Web.Apis.V1;

/// <summary><c>/api/v1/orgs/{slug}/experts?q=</c>: who knows about a subject.</summary>
internal static class ExpertsApi
{
    public static void Map(RouteGroupBuilder organisation) =>
        organisation.MapGetAndHead("/experts", GetAsync)
            .WithName("FindExperts")
            .WithTags("Monitoring")
            .WithSummary("Experts on a subject")
            .WithDescription(
                "People ranked by the evidence in their messages on the subject (replies in threads asked by others and liked or accepted answers weigh more), " +
                "each with the ids of the messages that show it; someone with a single message is no expert. The same document as `pulse experts \"QUERY\" --json`.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Results<Ok<ExpertsDocument>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("The organisation's slug.")] string slug,
        [Description("What to find experts on: free text (a question, a few words). Required.")] string? q,
        PulseApp app, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q)) return ApiProblems.BadRequest("q is required: the words to find experts on, e.g. ?q=omgevingswet.", "q");
        if (app.Storage.IndexFolderOrNull(slug) is null)
        {
            return TypedResults.Problem(
                title: "No search index", detail: "Experts are found in the search index, and this server has no index folder (pulse serve --index DIR).",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            return TypedResults.Ok(ExpertsDocument.Of(await app.Experts.FindAsync(slug, q, cancellationToken: cancellationToken)));
        }
        catch (PulseUsageException e)
        {
            return ApiProblems.BadRequest($"q cannot be searched: {e.Message}", "q");
        }
    }
}
