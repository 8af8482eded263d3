using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pulse.Application;

namespace Pulse.Web.Hooks;

/// <summary>
/// Applies the queued live events in the background while the web app runs: drains the queue through
/// the application layer (<see cref="Pulse.Application.Live.LiveIngestion"/>), then looks again a
/// moment later. Events left when the app stops (or is killed) are still queued and applied after the restart.
/// </summary>
internal sealed partial class InboundEventWorker(PulseApp app, ILogger<InboundEventWorker> logger) : BackgroundService
{
    /// <summary>The pause between rounds: well within the 2 s a live message may take to show.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);

    /// <summary>After a failure (a locked or unreachable database): try again, not at once.</summary>
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = Idle;
            try
            {
                // Drained to the end; then a pause even after a busy round, so that a steady stream becomes
                // one import per pause (each holds the write lock) rather than one per handful of events.
                await app.Inbound.DrainAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The worker must outlive a failed batch: the events stay queued and are tried again.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                LogFailure(logger, failure.Message);
                pause = AfterFailure;
            }

            try
            {
                await Task.Delay(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live events stay queued, applying them failed: {Reason}")]
    private static partial void LogFailure(ILogger logger, string reason);
}
