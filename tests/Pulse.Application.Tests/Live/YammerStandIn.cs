using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pulse.Application.Tests.Live;

/// <summary>
/// A stand-in for the Yammer REST API on a loopback port: <c>GET /api/v1/messages.json</c> with
/// <c>newer_than</c>, <c>older_than</c> and <c>limit</c> as the real feed pages (newest first,
/// <c>meta.older_available</c> when the window holds more than the page), a bearer token check, and
/// scripted failures served before the real answers. Written for the tests, independent of Pulse's client.
/// </summary>
internal sealed class YammerStandIn : IAsyncDisposable
{
    public const string Token = "stand-in-token";

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<JsonObject> messages = [];
    private readonly Queue<Action<HttpResponse>> failures = new();

    private YammerStandIn(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request: its query string, when it came, and the status it got.</summary>
    public List<(string Query, DateTimeOffset At, int Status)> Requests { get; } = [];

    public JsonArray References { get; } = [];

    public static async Task<YammerStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new YammerStandIn(app);
        app.MapGet("/api/v1/messages.json", standIn.Answer);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = new Uri(address + "/");
        return standIn;
    }

    public void Add(params JsonObject[] added)
    {
        lock (gate) messages.AddRange(added);
    }

    /// <summary>The next request gets this answer instead of the feed.</summary>
    public void FailNext(HttpStatusCode status, string? retryAfter = null)
    {
        lock (gate)
        {
            failures.Enqueue(response =>
            {
                response.StatusCode = (int)status;
                if (retryAfter is not null) response.Headers.RetryAfter = retryAfter;
            });
        }
    }

    /// <summary>A message as the API writes it (formats.md §2).</summary>
    public static JsonObject Message(long id, long sender, string text, long? thread = null, long? repliedTo = null, long? group = 501, bool system = false) => new()
    {
        ["id"] = id,
        ["sender_id"] = sender,
        ["replied_to_id"] = repliedTo,
        ["thread_id"] = thread ?? id,
        ["group_id"] = group,
        ["created_at"] = new DateTime(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc).AddMinutes(id % 1000).ToString("yyyy/MM/dd HH:mm:ss +0000", CultureInfo.InvariantCulture),
        ["message_type"] = system ? "system" : "update",
        ["system_message"] = system,
        ["sender_type"] = "user",
        ["direct_message"] = false,
        ["body"] = new JsonObject { ["parsed"] = text, ["plain"] = text },
        ["attachments"] = new JsonArray(),
        ["liked_by"] = new JsonObject { ["count"] = 0, ["names"] = new JsonArray() },
    };

    private async Task Answer(HttpContext context)
    {
        var query = context.Request.QueryString.Value ?? "";
        Action<HttpResponse>? failure = null;
        JsonObject? body = null;
        lock (gate)
        {
            if (failures.Count > 0) failure = failures.Dequeue();
        }

        if (context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else if (failure is not null)
        {
            failure(context.Response);
        }
        else
        {
            body = Page(context.Request.Query);
        }

        lock (gate) Requests.Add((query, DateTimeOffset.UtcNow, context.Response.StatusCode));
        if (body is not null) await context.Response.WriteAsJsonAsync(body);
    }

    private JsonObject Page(IQueryCollection query)
    {
        var newer = long.TryParse(query["newer_than"], out var n) ? n : 0;
        var older = long.TryParse(query["older_than"], out var o) ? o : long.MaxValue;
        var limit = int.TryParse(query["limit"], out var l) ? Math.Min(l, 20) : 20;
        List<JsonObject> window;
        lock (gate) window = [.. messages.Where(m => (long)m["id"]! > newer && (long)m["id"]! < older).OrderByDescending(m => (long)m["id"]!)];
        return new JsonObject
        {
            ["messages"] = new JsonArray([.. window.Take(limit).Select(m => m.DeepClone())]),
            ["references"] = References.DeepClone(),
            ["meta"] = new JsonObject { ["older_available"] = window.Count > limit },
        };
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
