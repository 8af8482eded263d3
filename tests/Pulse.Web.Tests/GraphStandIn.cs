using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pulse.Web.Tests;

/// <summary>
/// A stand-in for Microsoft Entra's token endpoint and Microsoft Graph on one loopback port, written for
/// the tests from Microsoft's documentation and independent of Pulse's client:
/// <c>POST /{tenant}/oauth2/v2.0/token</c> (client credentials: client_id, client_secret, scope
/// <c>{graph}/.default</c>, grant_type) answers a bearer token valid for an hour; <c>GET
/// /v1.0/teams/{team}/channels/{channel}/messages/{id}</c> answers the chatMessage when the token is one it
/// issued, 404 when it has no such message, and scripted failures first. Subscriptions ("Create
/// subscription", "Update subscription", "Delete subscription"): <c>POST /v1.0/subscriptions</c> first
/// validates the notificationUrl and the lifecycleNotificationUrl as Graph does — a POST with
/// <c>?validationToken=…</c> that must answer 200 with the token as text/plain — and answers 201 with the
/// subscription, or 400 <c>InvalidRequest</c> when a validation failed; <c>PATCH /v1.0/subscriptions/{id}</c>
/// takes a new expirationDateTime (404 <c>ResourceNotFound</c> for a subscription it does not have);
/// <c>DELETE</c> removes one (204).
/// </summary>
internal sealed class GraphStandIn : IAsyncDisposable
{
    public const string Tenant = "contoso.onmicrosoft.com";

    public const string ClientId = "6731de76-14a6-49ae-97bc-6eba6914391e";

    public const string ClientSecret = "stand-in-client-secret~0123456789";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonObject> messages = [];
    private readonly HashSet<string> issued = [];
    private readonly Queue<(HttpStatusCode Status, string? RetryAfter, JsonObject? Error)> failures = new();
    private readonly Dictionary<string, JsonObject> subscriptions = [];
    private readonly List<(string Method, string Path, JsonObject? Body, DateTimeOffset At, int Status)> subscriptionRequests = [];

    private GraphStandIn(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every Graph request: its path, when it came and the status it got.</summary>
    public List<(string Path, DateTimeOffset At, int Status)> GraphRequests { get; } = [];

    /// <summary>Tokens handed out.</summary>
    public int TokensIssued
    {
        get
        {
            lock (gate) return issued.Count;
        }
    }

    public static async Task<GraphStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new GraphStandIn(app);
        app.MapPost("/{tenant}/oauth2/v2.0/token", standIn.TokenAsync);
        app.MapGet("/v1.0/teams/{team}/channels/{channel}/messages/{id}", standIn.MessageAsync);
        app.MapPost("/v1.0/subscriptions", standIn.CreateSubscriptionAsync);
        app.MapPatch("/v1.0/subscriptions/{id}", standIn.UpdateSubscriptionAsync);
        app.MapDelete("/v1.0/subscriptions/{id}", standIn.DeleteSubscriptionAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = new Uri(address + "/");
        return standIn;
    }

    public void Add(string id, JsonObject chatMessage)
    {
        lock (gate) messages[id] = chatMessage;
    }

    /// <summary>The next Graph request (a message or a subscription) gets this answer instead, with Graph's error body when <paramref name="code"/> is given.</summary>
    public void FailNext(HttpStatusCode status, string? retryAfter = null, string? code = null, string? message = null)
    {
        var error = code is null ? null : new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message ?? string.Empty } };
        lock (gate) failures.Enqueue((status, retryAfter, error));
    }

    /// <summary>Every subscription request: method, path, JSON body, when it came and the status it got.</summary>
    public List<(string Method, string Path, JsonObject? Body, DateTimeOffset At, int Status)> SubscriptionRequests
    {
        get
        {
            lock (gate) return [.. subscriptionRequests];
        }
    }

    /// <summary>The subscriptions it holds now, by id.</summary>
    public Dictionary<string, JsonObject> Subscriptions
    {
        get
        {
            lock (gate) return subscriptions.ToDictionary(p => p.Key, p => (JsonObject)p.Value.DeepClone());
        }
    }

    /// <summary>Forgets a subscription, as when it expired or Graph removed it.</summary>
    public void Remove(string id)
    {
        lock (gate) subscriptions.Remove(id);
    }

    private async Task TokenAsync(HttpContext context, string tenant)
    {
        var form = await context.Request.ReadFormAsync();
        var scope = BaseUrl.GetLeftPart(UriPartial.Authority) + "/.default";
        if (tenant != Tenant || form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["grant_type"] != "client_credentials" || form["scope"] != scope)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." });
            return;
        }

        var token = "token-" + Guid.NewGuid().ToString("N");
        lock (gate) issued.Add(token);
        await context.Response.WriteAsJsonAsync(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = token });
    }

    private async Task MessageAsync(HttpContext context, string team, string channel, string id)
    {
        JsonObject? body = null;
        lock (gate)
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !issued.Contains(authorization["Bearer ".Length..]))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
            else if (failures.TryDequeue(out var failure))
            {
                context.Response.StatusCode = (int)failure.Status;
                if (failure.RetryAfter is not null) context.Response.Headers.RetryAfter = failure.RetryAfter;
                body = failure.Error;
            }
            else if (messages.TryGetValue(id, out var message) && message["channelIdentity"]?["channelId"]?.GetValue<string>() == channel)
            {
                body = (JsonObject)message.DeepClone();
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                body = new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "Resource not found" } };
            }

            GraphRequests.Add((context.Request.Path.Value!, DateTimeOffset.UtcNow, context.Response.StatusCode));
        }

        if (body is not null) await context.Response.WriteAsJsonAsync(body);
    }

    private async Task CreateSubscriptionAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        if (Refusal(context, "POST", body) is { } refused)
        {
            await Answer(context, refused);
            return;
        }

        // Graph validates both endpoints before it answers; a subscription whose endpoints do not answer is not created.
        foreach (var field in new[] { "notificationUrl", "lifecycleNotificationUrl" })
        {
            if (body?[field]?.GetValue<string>() is { } url && !await ValidatesAsync(url))
            {
                Record("POST", context.Request.Path, body, StatusCodes.Status400BadRequest);
                await Answer(context, (StatusCodes.Status400BadRequest, null, new JsonObject
                {
                    ["error"] = new JsonObject { ["code"] = "InvalidRequest", ["message"] = "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request." },
                }));
                return;
            }
        }

        var subscription = (JsonObject)body!.DeepClone();
        var id = Guid.NewGuid().ToString();
        subscription["id"] = id;
        subscription["applicationId"] = ClientId;
        lock (gate) subscriptions[id] = subscription;
        Record("POST", context.Request.Path, body, StatusCodes.Status201Created);
        await Answer(context, (StatusCodes.Status201Created, null, (JsonObject)subscription.DeepClone()));
    }

    private async Task UpdateSubscriptionAsync(HttpContext context, string id)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        if (Refusal(context, "PATCH", body) is { } refused)
        {
            await Answer(context, refused);
            return;
        }

        JsonObject? updated = null;
        lock (gate)
        {
            if (subscriptions.TryGetValue(id, out var subscription))
            {
                subscription["expirationDateTime"] = body!["expirationDateTime"]!.GetValue<string>();
                updated = (JsonObject)subscription.DeepClone();
            }
        }

        var status = updated is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        Record("PATCH", context.Request.Path, body, status);
        await Answer(context, (status, null, updated ?? new JsonObject { ["error"] = new JsonObject { ["code"] = "ResourceNotFound", ["message"] = "The object was not found." } }));
    }

    private async Task DeleteSubscriptionAsync(HttpContext context, string id)
    {
        if (Refusal(context, "DELETE", null) is { } refused)
        {
            await Answer(context, refused);
            return;
        }

        bool removed;
        lock (gate) removed = subscriptions.Remove(id);
        var status = removed ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
        Record("DELETE", context.Request.Path, null, status);
        context.Response.StatusCode = status;
    }

    /// <summary>An answer instead of the subscription: no token it issued (401), or a scripted failure; null to go on.</summary>
    private (int Status, string? RetryAfter, JsonObject? Body)? Refusal(HttpContext context, string method, JsonObject? body)
    {
        lock (gate)
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            (int, string?, JsonObject?)? refusal = null;
            if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !issued.Contains(authorization["Bearer ".Length..])) refusal = (StatusCodes.Status401Unauthorized, null, null);
            else if (failures.TryDequeue(out var failure)) refusal = ((int)failure.Status, failure.RetryAfter, failure.Error);
            if (refusal is { } r) subscriptionRequests.Add((method, context.Request.Path.Value!, body, DateTimeOffset.UtcNow, r.Item1));
            return refusal;
        }
    }

    private void Record(string method, PathString path, JsonObject? body, int status)
    {
        lock (gate) subscriptionRequests.Add((method, path.Value!, body, DateTimeOffset.UtcNow, status));
    }

    private static async Task Answer(HttpContext context, (int Status, string? RetryAfter, JsonObject? Body) answer)
    {
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
        if (answer.Body is not null) await context.Response.WriteAsJsonAsync(answer.Body);
    }

    /// <summary>Graph's validation: POST {url}?validationToken=… (URL-encoded), answered within 10 s with 200 and the token as plain text.</summary>
    private static async Task<bool> ValidatesAsync(string url)
    {
        var token = "Validation: Testing client application reachability for subscription Request-Id: " + Guid.NewGuid();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            using var response = await client.PostAsync(url + "?validationToken=" + Uri.EscapeDataString(token), new StringContent(string.Empty));
            return response.StatusCode == HttpStatusCode.OK
                && response.Content.Headers.ContentType?.MediaType == "text/plain"
                && await response.Content.ReadAsStringAsync() == token;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
