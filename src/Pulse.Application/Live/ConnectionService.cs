using System.Text.Json;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>`pulse connect slack|graph`: what an organisation's pushed events are verified with.</summary>
public sealed class ConnectionService(PulseDatabase database)
{
    /// <summary>Keeps the Slack app's signing secret; events to /hooks/slack/{slug} are checked against it.</summary>
    public async Task ConnectSlackAsync(string slug, string signingSecret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(signingSecret)) throw new PulseUsageException("--signing-secret is empty; copy it from the Slack app's Basic Information page.");
        await SetAsync(slug, LivePlatforms.Slack, JsonSerializer.Serialize(new SlackSettings(signingSecret.Trim()), ConnectionJson.Options), cancellationToken);
    }

    /// <summary>Keeps the clientState of the Graph subscription; notifications to /hooks/graph/{slug} must carry it.</summary>
    public async Task ConnectGraphAsync(string slug, string clientState, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(clientState)) throw new PulseUsageException("--client-state is empty; give the clientState the subscription was created with.");
        // Graph allows at most 128 characters for clientState.
        if (clientState.Length > 128) throw new PulseUsageException("--client-state is longer than the 128 characters Graph allows.");
        await SetAsync(slug, LivePlatforms.Graph, JsonSerializer.Serialize(new GraphSettings(clientState), ConnectionJson.Options), cancellationToken);
    }

    /// <summary>The organisation's Slack signing secret, or null when it is not connected to Slack (for `pulse bench slack-events`, which signs as Slack would).</summary>
    public async Task<string?> SlackSigningSecretAsync(string slug, CancellationToken cancellationToken = default)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        return await new ConnectionStore(database).FindAsync(organisation.Id, LivePlatforms.Slack, cancellationToken) is { } row
            ? JsonSerializer.Deserialize<SlackSettings>(row.Settings, ConnectionJson.Options)!.SigningSecret
            : null;
    }

    private async Task SetAsync(string slug, string platform, string settings, CancellationToken cancellationToken)
    {
        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        await new ConnectionStore(database).SetAsync(organisation.Id, platform, settings, cancellationToken);
    }
}
