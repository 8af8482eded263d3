using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Pulse.Web.Apis.V1;

/// <summary>
/// The API's errors as problem details (RFC 9457, <c>application/problem+json</c>): a title that
/// says what went wrong and a detail that names the parameter, so a client can fix its request
/// without reading the documentation.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult UnknownOrganisation(string slug) => TypedResults.Problem(
        title: "Unknown organisation",
        detail: $"There is no organisation '{slug}' (path parameter slug); GET /api/v1/orgs lists them.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult UnknownWave(string parameter, string code) => TypedResults.Problem(
        title: "Unknown wave",
        detail: $"There is no wave '{code}' (parameter {parameter}); GET /api/v1/waves lists them.",
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>A request the API cannot answer as asked: 400, with the message under each parameter it concerns.</summary>
    public static ValidationProblem BadRequest(string detail, params string[] parameters) => TypedResults.ValidationProblem(
        parameters.ToDictionary(p => p, _ => new[] { detail }, StringComparer.Ordinal),
        detail: detail,
        title: "Invalid request");
}
