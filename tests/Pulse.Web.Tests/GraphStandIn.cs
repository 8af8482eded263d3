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
/// issued, 404 when it has no such message, and scripted failures first.
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
    private readonly Queue<(HttpStatusCode Status, string? RetryAfter)> failures = new();

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
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = new Uri(address + "/");
        return standIn;
    }

    public void Add(string id, JsonObject chatMessage)
    {
        lock (gate) messages[id] = chatMessage;
    }

    /// <summary>The next Graph request gets this answer instead of the message.</summary>
    public void FailNext(HttpStatusCode status, string? retryAfter = null)
    {
        lock (gate) failures.Enqueue((status, retryAfter));
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

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
