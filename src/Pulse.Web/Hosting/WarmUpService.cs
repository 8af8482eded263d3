using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pulse.Application;

namespace Pulse.Web.Hosting;

/// <summary>
/// Keeps the dashboard's default figures computed: at start, right after every import this process makes (a webhook, a poll,
/// <see cref="Pulse.Application.Live.LiveUpdates.NextPublicationAsync"/>) while someone has a live page open, and within
/// <see cref="Interval"/> of any other change to an
/// organisation's data, so the first visitor after a start or an import gets the page as fast as the next one.
/// Checking costs one small query; an unchanged organisation is not recomputed.
/// </summary>
internal sealed class WarmUpService(PulseApp app, ILogger<WarmUpService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before warming, so that an import committed while warming starts the next round at once.
            var news = app.Live.NextPublicationAsync(stoppingToken);
            try
            {
                await app.Warmer.WarmChangedAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed warm-up must never stop the server: the next request computes the figures itself.
            catch (Exception e)
#pragma warning restore CA1031
            {
                // The type only: a message could carry an organisation's name.
                log.LogWarning("Warming the dashboard's figures failed ({Failure}); pages compute them on request.", e.GetType().Name);
            }

            // The next import of this process (a webhook, a poll) wakes it at once while someone has a page open
            // (the page fetches those figures next); otherwise, and for imports by other processes, the next round
            // comes: a burst of webhooks nobody watches must not recompute the figures after every batch.
            var round = Task.Delay(Interval, stoppingToken);
            while (!stoppingToken.IsCancellationRequested && await Task.WhenAny(news, round) == news && app.Live.Subscribers == 0)
            {
                news = app.Live.NextPublicationAsync(stoppingToken);
            }
        }
    }
}
