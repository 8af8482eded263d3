using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pulse.Application;

namespace Pulse.Web.Live;

/// <summary>The background work of live ingestion in the web app: sealing old plain-text secrets, Yammer polling, renewing Graph subscriptions and the watch for other processes' imports.</summary>
public static class LiveServices
{
    public static IServiceCollection AddLiveServices(this IServiceCollection services, PulseWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        // Before the pollers and the hooks' worker: a start seals what an older Pulse left in plain text.
        services.AddHostedService<SecretSealingService>();
        services.AddHostedService<YammerPollingService>();
        services.AddHostedService<GraphSubscriptionService>();
        services.AddHostedService<ImportWatchService>();
        return services;
    }
}

/// <summary>
/// Polls every organisation connected to Yammer when the server starts, then every
/// <see cref="PulseWebOptions.YammerPollInterval"/> (five minutes: well above the API's "not more than
/// every 30 seconds", and the rate limit is shared with the organisation's other tools). Servers
/// sharing a database take each due poll once between them (<see cref="Pulse.Application.Live.YammerPolling.PollDueAsync"/>).
/// </summary>
internal sealed partial class YammerPollingService(PulseApp app, PulseWebOptions options, ILogger<YammerPollingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first, so that a slow poll never delays the server's start.
        await Task.Yield();
        do
        {
            try
            {
                foreach (var outcome in await app.Yammer.PollDueAsync(options.YammerPollInterval, stoppingToken))
                {
                    if (outcome.Error is { } error) PollFailed(log, outcome.Organisation, error);
                    else if (outcome.Report?.Import is { } import) Polled(log, outcome.Organisation, import.Result.Messages.New, import.Result.Messages.Updated);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A locked or unreachable database must not stop the server; the next round tries again.
                RoundFailed(log, PulseApp.Explain(e, app.Storage) ?? e.Message);
            }
        }
        while (await Wait(options.YammerPollInterval, stoppingToken));
    }

    private static async Task<bool> Wait(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(interval, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Yammer polling of {Organisation} failed: {Error}")]
    private static partial void PollFailed(ILogger logger, string organisation, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Yammer polling failed: {Error}")]
    private static partial void RoundFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Yammer polling of {Organisation}: {New} new and {Updated} changed messages")]
    private static partial void Polled(ILogger logger, string organisation, long @new, long updated);
}

/// <summary>Runs <see cref="Pulse.Application.Live.ImportWatch"/> once a second, so that imports by `pulse import` reach open pages too.</summary>
internal sealed partial class ImportWatchService(PulseApp app, ILogger<ImportWatchService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await app.Watch.CheckAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // A busy database (a long import holds SQLite's lock) only delays the news: try again next second.
                    CheckFailed(log, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The import watch could not read the database: {Error}")]
    private static partial void CheckFailed(ILogger logger, string error);
}
