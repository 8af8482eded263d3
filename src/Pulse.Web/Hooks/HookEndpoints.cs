using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Pulse.Application.Live;

namespace Pulse.Web.Hooks;

/// <summary>
/// `POST /hooks/slack/{slug}` and `POST /hooks/graph/{slug}` (docs/live.md). Open to anyone — the
/// platforms do not sign in — and verified instead by Slack's signature or Graph's clientState; the
/// work is in <see cref="LiveHooks"/>, these only read the request and turn its outcome into a status.
/// </summary>
public static class HookEndpoints
{
    /// <summary>Bodies above this are refused unread: a Slack event or a Graph batch is a few kilobytes.</summary>
    public const int MaxBody = 1 << 20;

    public static IEndpointRouteBuilder MapHooks(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/hooks/slack/{slug}", SlackAsync).AllowAnonymous().ExcludeFromDescription();
        routes.MapPost("/hooks/graph/{slug}", GraphAsync).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> SlackAsync(string slug, HttpContext context, LiveHooks hooks)
    {
        if (await RawBody.ReadAsync(context.Request, MaxBody) is not { } body)
        {
            hooks.Counters.Count(LivePlatforms.Slack, HookOutcome.Malformed);
            return TypedResults.BadRequest();
        }

        var headers = context.Request.Headers;
        var receipt = await hooks.ReceiveSlackAsync(
            slug, new SlackDelivery(Single(headers["X-Slack-Request-Timestamp"]), Single(headers["X-Slack-Signature"]), body), context.RequestAborted);
        return receipt.Outcome switch
        {
            HookOutcome.Handshake => TypedResults.Text(receipt.Challenge, "text/plain"),
            HookOutcome.Accepted or HookOutcome.Duplicate => TypedResults.Ok(),
            _ => Refusal(receipt.Outcome),
        };
    }

    private static async Task<IResult> GraphAsync(string slug, HttpContext context, LiveHooks hooks)
    {
        // The subscription handshake: the token comes URL-encoded in the query and goes back decoded, as plain text.
        if (context.Request.Query.TryGetValue("validationToken", out var token))
        {
            return await hooks.ValidateGraphAsync(slug, context.RequestAborted)
                ? TypedResults.Text(token.ToString(), "text/plain")
                : TypedResults.NotFound();
        }

        if (await RawBody.ReadAsync(context.Request, MaxBody) is not { } body)
        {
            hooks.Counters.Count(LivePlatforms.Graph, HookOutcome.Malformed);
            return TypedResults.BadRequest();
        }

        var receipt = await hooks.ReceiveGraphAsync(slug, body, context.RequestAborted);
        return receipt.Outcome is HookOutcome.Accepted or HookOutcome.Duplicate ? TypedResults.Accepted((string?)null) : Refusal(receipt.Outcome);
    }

    private static IResult Refusal(HookOutcome outcome) => outcome switch
    {
        HookOutcome.Forged or HookOutcome.Stale => TypedResults.Unauthorized(),
        HookOutcome.Unknown => TypedResults.NotFound(),
        _ => TypedResults.BadRequest(),
    };

    /// <summary>A header given once; a repeated one is as good as none (the signature check then fails).</summary>
    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;
}
