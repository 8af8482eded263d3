using System.Text.Json;
using Pulse.Connectors.Teams;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>What `pulse disconnect` did.</summary>
/// <param name="Platform">"slack", "graph" or "yammer".</param>
/// <param name="SubscriptionId">The Graph subscription Pulse managed for the connection; null when it managed none.</param>
/// <param name="SubscriptionDeleted">True when Graph deleted that subscription (or no longer had it).</param>
/// <param name="SubscriptionError">Graph's reason when it did not delete it and <c>--force</c> removed the connection anyway; the subscription then expires by itself.</param>
public sealed record Disconnection(string Organisation, string Platform, string? SubscriptionId = null, bool SubscriptionDeleted = false, string? SubscriptionError = null);

public sealed partial class ConnectionService
{
    /// <summary>How often a removal is tried again when the connection changed under it (a renewal noting a new subscription, a `pulse connect`).</summary>
    private const int DisconnectAttempts = 3;

    /// <summary>
    /// Removes the organisation's connection to <paramref name="platform"/> ("slack", "graph" or "yammer"):
    /// its hook answers 404 once the hooks' cache of the connection ends (two seconds), `pulse serve` stops
    /// polling it (Yammer) or renewing its subscription (Graph). A Graph subscription Pulse manages is deleted at
    /// Graph first, with the app's token (already gone is fine); if Graph cannot be reached or refuses, the
    /// connection stays unless <paramref name="force"/>. The row is removed only if it is still what was read
    /// (a renewal may note a new subscription meanwhile: then that one is deleted too, and the removal tried again).
    /// Messages already imported stay; events still queued are applied by the worker (see LiveIngestion).
    /// </summary>
    /// <exception cref="PulseUsageException">An unknown platform, or the organisation is not connected to it.</exception>
    /// <exception cref="PulseException">No such organisation; Graph did not delete the subscription (without <paramref name="force"/>).</exception>
    public async Task<Disconnection> DisconnectAsync(string slug, string platform, bool force = false, CancellationToken cancellationToken = default)
    {
        var name = PlatformName(platform);
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var store = new ConnectionStore(database);
        var result = new Disconnection(slug, platform);
        for (var attempt = 0; attempt < DisconnectAttempts; attempt++)
        {
            if (await store.FindAsync(organisation.Id, platform, cancellationToken) is not { } row)
            {
                // Removed by someone else between two attempts: the end asked for.
                if (attempt > 0) return result;
                throw new PulseUsageException($"{slug} is not connected to {name}; `pulse connect {platform} --org {slug}` connects it.");
            }

            if (platform == LivePlatforms.Graph
                && JsonSerializer.Deserialize<GraphSettings>(row.Settings, ConnectionJson.Options)!.Subscription?.Id is { } id
                && id != result.SubscriptionId)
            {
                result = result with { SubscriptionId = id, SubscriptionDeleted = false, SubscriptionError = null };
                var error = await DeleteSubscriptionAsync(row.Settings, organisation.Id, id, cancellationToken);
                if (error is not null && !force)
                {
                    throw new PulseException($"Microsoft Graph did not delete the subscription {id} of {slug}: {error}. The Graph connection is left as it was; "
                        + $"`pulse disconnect graph --org {slug} --force` removes it anyway (the subscription then expires by itself within three days).");
                }

                result = result with { SubscriptionDeleted = error is null, SubscriptionError = error };
            }

            if (await store.DeleteAsync(organisation.Id, platform, row.Settings, cancellationToken)) return result;
        }

        throw new PulseException($"The {name} connection of {slug} kept changing while it was being removed; run `pulse disconnect {platform}` again.");
    }

    /// <summary>Deletes a managed subscription at Graph with the connection's app token; null when done (or already gone), else why not.</summary>
    private async Task<string?> DeleteSubscriptionAsync(string settings, long organisationId, string subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            var credentials = JsonSerializer.Deserialize<GraphSettings>(settings, ConnectionJson.Options)!.OpenCredentials(secrets, organisationId);
            if (credentials is null) return "the connection keeps no app credentials to delete it with";
            using var client = new GraphApiClient(GraphMessages.Http, credentials, subscriptions.Policy);
            await client.DeleteSubscriptionAsync(subscriptionId, cancellationToken);
            return null;
        }
        catch (GraphApiException e)
        {
            return e.Message;
        }
        catch (PulseException e)
        {
            // The client secret cannot be opened (the key folder): Graph cannot be asked.
            return e.Message;
        }
    }

    /// <summary>The platform's name in a sentence; an unknown platform is wrong usage.</summary>
    private static string PlatformName(string platform) => platform switch
    {
        LivePlatforms.Slack => "Slack",
        LivePlatforms.Graph => "Microsoft Graph",
        ConnectionJson.Yammer => "Yammer",
        _ => throw new PulseUsageException($"'{platform}' is not a platform Pulse connects to; give slack, graph or yammer."),
    };
}
