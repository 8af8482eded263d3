using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Pulse.Application;

namespace Pulse.Web.Live;

/// <summary>
/// <c>GET /org/{slug}/live</c>: Server-Sent Events that say "this organisation's data changed" (event
/// <c>import</c>) each time an import of it commits, for /assets/live.js to refresh the open page. A
/// <c>{slug}</c> route, so the tenant gate answers 404 to whoever may not see the organisation.
/// </summary>
public static class LiveEndpoints
{
    /// <summary>A comment-like event now and then, so that proxies and browsers keep an idle stream open.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(25);

    public static IEndpointRouteBuilder MapLiveUpdates(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/org/{slug}/live", async (string slug, PulseApp app, IHostApplicationLifetime lifetime, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (await app.Organisations.FindAsync(slug, cancellationToken) is null) return Results.NotFound();
            // Closed when the page goes or the server stops (a graceful stop does not abort open requests).
            var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
            context.Response.RegisterForDispose(stop);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.ServerSentEvents(EventsAsync(app, slug, stop.Token));
        }).ExcludeFromDescription();
        return routes;
    }

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(PulseApp app, string slug, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = app.Live.Subscribe(slug);
        // The first event says the stream is open: from then on, every commit is announced.
        yield return new SseItem<string>("ready", "open") { ReconnectionInterval = TimeSpan.FromSeconds(5) };
        // Cancelled when this stream ends for any reason, so that a pending read never outlives it.
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var news = subscription.ReadAllAsync(reading.Token).GetAsyncEnumerator(reading.Token);
        var next = news.MoveNextAsync().AsTask();
        try
        {
            while (true)
            {
                var finished = await Task.WhenAny(next, Task.Delay(KeepAlive, reading.Token));
                if (cancellationToken.IsCancellationRequested) yield break;
                if (finished != next)
                {
                    yield return new SseItem<string>("", "keep-alive");
                    continue;
                }

                if (!next.IsCompletedSuccessfully || !next.Result) yield break;
                // The data is when the import committed (Unix milliseconds), for measuring the delay.
                yield return new SseItem<string>(news.Current.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), "import");
                next = news.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            await reading.CancelAsync();
            // Let the pending read end (cancelled) before the reader goes.
            await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            await news.DisposeAsync();
        }
    }
}
