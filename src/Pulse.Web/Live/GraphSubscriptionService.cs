using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pulse.Application;
using Pulse.Application.Live;

namespace Pulse.Web.Live;

/// <summary>
/// Renews the Graph subscriptions Pulse manages when the server starts, then every
/// <see cref="PulseWebOptions.GraphSubscriptionCheckInterval"/> (<see cref="GraphSubscriptions.RenewDueAsync"/>),
/// and logs what the subscriptions go through — here and in the worker's lifecycle notifications. A
/// failure is logged and counted on /metrics and never stops the server: the next check tries again.
/// </summary>
internal sealed partial class GraphSubscriptionService(PulseApp app, PulseWebOptions options, ILogger<GraphSubscriptionService> log) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        app.GraphSubscriptions.Noted += Log;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        app.GraphSubscriptions.Noted -= Log;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first, so that a slow Graph never delays the server's start.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.GraphSubscriptionCheckInterval);
        try
        {
            do
            {
                try
                {
                    await app.GraphSubscriptions.RenewDueAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // A locked or unreachable database: the next check tries again.
                    RoundFailed(log, PulseApp.Explain(e, app.Storage) ?? e.Message);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Organisation, what happened and Graph's reason: no token, secret or message content ever reaches a note.</summary>
    private void Log(GraphSubscriptionNote note)
    {
        if (note.Error is { } error) Failed(log, note.Organisation, note.What, error);
        else Happened(log, note.Organisation, note.What);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph subscription of {Organisation}: {What}")]
    private static partial void Happened(ILogger logger, string organisation, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph subscription of {Organisation}: {What}: {Error}")]
    private static partial void Failed(ILogger logger, string organisation, string what, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the Graph subscriptions failed: {Error}")]
    private static partial void RoundFailed(ILogger logger, string error);
}
