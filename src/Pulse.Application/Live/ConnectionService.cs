using System.Text.Json;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>
/// `pulse connect slack|graph`: what an organisation's pushed events are verified with. The secrets are
/// sealed before they reach the database (<see cref="ConnectionSecrets"/>, ADR 0009).
/// </summary>
public sealed class ConnectionService(PulseDatabase database, ConnectionSecrets secrets)
{
    /// <summary>Keeps the Slack app's signing secret; events to /hooks/slack/{slug} are checked against it.</summary>
    public async Task ConnectSlackAsync(string slug, string signingSecret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(signingSecret)) throw new PulseUsageException("--signing-secret is empty; copy it from the Slack app's Basic Information page.");
        await SetAsync(slug, LivePlatforms.Slack, id => new SlackSettings(secrets.Seal(signingSecret.Trim(), id, LivePlatforms.Slack)), cancellationToken);
    }

    /// <summary>Keeps the clientState of the Graph subscription; notifications to /hooks/graph/{slug} must carry it.</summary>
    public async Task ConnectGraphAsync(string slug, string clientState, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(clientState)) throw new PulseUsageException("--client-state is empty; give the clientState the subscription was created with.");
        // Graph allows at most 128 characters for clientState.
        if (clientState.Length > 128) throw new PulseUsageException("--client-state is longer than the 128 characters Graph allows.");
        await SetAsync(slug, LivePlatforms.Graph, id => new GraphSettings(secrets.Seal(clientState, id, LivePlatforms.Graph)), cancellationToken);
    }

    /// <summary>The organisation's Slack signing secret, or null when it is not connected to Slack (for `pulse bench slack-events`, which signs as Slack would).</summary>
    public async Task<string?> SlackSigningSecretAsync(string slug, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return await new ConnectionStore(database).FindAsync(organisation.Id, LivePlatforms.Slack, cancellationToken) is { } row
            ? secrets.Open(JsonSerializer.Deserialize<SlackSettings>(row.Settings, ConnectionJson.Options)!.SigningSecret, organisation.Id, LivePlatforms.Slack)
            : null;
    }

    /// <summary>
    /// Seals every secret still stored in plain text (connections made before secrets were sealed);
    /// `pulse serve` calls it once at start. Returns how many connections it sealed. A connection changed
    /// by `pulse connect` meanwhile is left to that change, which is sealed already.
    /// </summary>
    /// <exception cref="PulseUsageException">PostgreSQL without a key folder, when there is something to seal.</exception>
    public async Task<int> SealPlainSecretsAsync(CancellationToken cancellationToken = default)
    {
        var store = new ConnectionStore(database);
        var count = 0;
        foreach (var row in await store.ListAsync(ConnectionJson.Platforms, cancellationToken))
        {
            if (ConnectionJson.SealPlain(row.Platform, row.OrganisationId, row.Settings, secrets) is not { } replacement) continue;
            if (await store.ReplaceSettingsAsync(row.OrganisationId, row.Platform, row.Settings, replacement, cancellationToken)) count++;
        }

        return count;
    }

    private async Task SetAsync<T>(string slug, string platform, Func<long, T> settings, CancellationToken cancellationToken)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        await new ConnectionStore(database).SetAsync(organisation.Id, platform, JsonSerializer.Serialize(settings(organisation.Id), ConnectionJson.Options), cancellationToken);
    }
}
