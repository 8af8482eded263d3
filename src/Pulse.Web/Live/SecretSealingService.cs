using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pulse.Application;

namespace Pulse.Web.Live;

/// <summary>
/// Once at start, seals the connection secrets still stored in plain text by a Pulse from before they
/// were sealed (ADR 0009, docs/live.md). Such rows keep working meanwhile, so a failure here (PostgreSQL
/// without a key folder, a locked database) is a warning, never a reason not to serve.
/// </summary>
internal sealed partial class SecretSealingService(PulseApp app, ILogger<SecretSealingService> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var count = await app.Connections.SealPlainSecretsAsync(cancellationToken);
            if (count > 0) Sealed(log, count);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A plain-text secret still works: the server must start, and say why it stays plain.
        catch (Exception e)
#pragma warning restore CA1031
        {
            NotSealed(log, PulseApp.Explain(e, app.Storage) ?? e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed the secrets of {Count} connection(s) that were stored in plain text")]
    private static partial void Sealed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection secrets stored in plain text stay so: {Reason}")]
    private static partial void NotSealed(ILogger logger, string reason);
}
