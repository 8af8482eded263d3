using System.Text.Json;
using Pulse.Connectors.Teams;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>
/// `pulse connect slack|graph`: what an organisation's pushed events are verified with. The secrets are
/// sealed before they reach the database (<see cref="ConnectionSecrets"/>, ADR 0009). `pulse disconnect`
/// is in ConnectionService.Disconnect.cs.
/// </summary>
public sealed partial class ConnectionService(PulseDatabase database, ConnectionSecrets secrets, GraphSubscriptions subscriptions)
{
    /// <summary>Keeps the Slack app's signing secret; events to /hooks/slack/{slug} are checked against it.</summary>
    public async Task ConnectSlackAsync(string slug, string signingSecret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(signingSecret)) throw new PulseUsageException("--signing-secret is empty; copy it from the Slack app's Basic Information page.");
        await SetAsync(slug, LivePlatforms.Slack, id => new SlackSettings(secrets.Seal(signingSecret.Trim(), id, LivePlatforms.Slack)), cancellationToken);
    }

    /// <summary>Keeps the clientState of the Graph subscription; notifications to /hooks/graph/{slug} must carry it.</summary>
    public async Task ConnectGraphAsync(string slug, string clientState, CancellationToken cancellationToken = default) =>
        await ConnectGraphAsync(slug, new GraphConnectRequest(clientState), cancellationToken);

    /// <summary>
    /// Keeps what Graph notifications to /hooks/graph/{slug} are verified and read with: the clientState;
    /// the certificate whose private key opens encrypted rich notifications; the app registration whose
    /// token fetches the message of a basic notification. The credentials are tried first (one token
    /// request): refused credentials fail here, with nothing stored. Connecting again replaces all of it.
    /// With <see cref="GraphConnectRequest.Subscribe"/> it also creates the subscription, which `pulse serve`
    /// then renews: the connection is stored first, because Graph calls the hook (validationToken) before it
    /// answers the creation; if Graph refuses, the connection is put back as it was (or removed) and the
    /// error names Graph's reason. A managed subscription this connection replaces is deleted (best effort).
    /// </summary>
    /// <exception cref="PulseUsageException">An option is missing, empty, or unreadable.</exception>
    /// <exception cref="PulseException">The token endpoint refused the credentials or could not be reached; Graph did not create the subscription.</exception>
    public async Task<GraphConnection> ConnectGraphAsync(string slug, GraphConnectRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientState = request.ClientState;
        if (string.IsNullOrWhiteSpace(clientState)) throw new PulseUsageException("--client-state is empty; give the clientState the subscription was created with.");
        // Graph allows at most 128 characters for clientState.
        if (clientState.Length > 128) throw new PulseUsageException("--client-state is longer than the 128 characters Graph allows.");
        if (request.CertificatePath is null && (request.CertificatePassword is not null || request.CertificateId is not null))
        {
            throw new PulseUsageException("--certificate-password and --certificate-id go with --certificate.");
        }

        var certificate = request.CertificatePath is { } path ? GraphCertificate.Load(path, request.CertificatePassword) : null;
        var certificateId = certificate is null ? null : string.IsNullOrWhiteSpace(request.CertificateId) ? certificate.Thumbprint : request.CertificateId.Trim();
        var credentials = Credentials(request);
        var subscription = SubscriptionToCreate(slug, request, credentials, certificate?.PublicBase64);
        // One client (one token) for the check and the subscription's creation.
        using var client = credentials is null ? null : new GraphApiClient(GraphMessages.Http, credentials, subscriptions.Policy);
        if (client is not null)
        {
            try
            {
                await client.TokenAsync(cancellationToken);
            }
            catch (GraphApiException e)
            {
                throw new PulseException($"Microsoft Graph is not connected: {e.Message}.", e);
            }
        }

        var organisation = await new OrganisationStore(database).GetAsync(slug, cancellationToken);
        var id = organisation.Id;
        var settings = new GraphSettings(secrets.Seal(clientState, id, LivePlatforms.Graph))
        {
            CertificateKey = certificate is null ? null : secrets.Seal(certificate.PrivateKeyPem, id, ConnectionJson.GraphCertificateKey),
            CertificateId = certificateId,
            CertificateThumbprint = certificate?.Thumbprint,
            Tenant = credentials?.Tenant,
            ClientId = credentials?.ClientId,
            ClientSecret = credentials is null ? null : secrets.Seal(credentials.ClientSecret, id, ConnectionJson.GraphClientSecret),
            AuthorityUrl = request.AuthorityUrl is null ? null : credentials?.Authority.ToString(),
            GraphUrl = request.GraphUrl is null ? null : credentials?.Graph.ToString(),
            Subscription = subscription,
        };
        var store = new ConnectionStore(database);
        var previous = await store.FindAsync(id, LivePlatforms.Graph, cancellationToken);
        var json = JsonSerializer.Serialize(settings, ConnectionJson.Options);
        await store.SetAsync(id, LivePlatforms.Graph, json, cancellationToken);
        var connection = new GraphConnection(slug, certificateId, certificate?.Thumbprint, certificate?.PublicBase64, credentials is not null);
        if (subscription is null) return connection;

        GraphSubscription created;
        try
        {
            created = await client!.CreateSubscriptionAsync(subscriptions.Request(subscription, settings, clientState), cancellationToken);
        }
        catch (Exception e) when (e is GraphApiException or OperationCanceledException)
        {
            // Left as it was: the previous connection back, or none (unless something changed it meanwhile, which then stays).
            if (previous is null) await store.DeleteAsync(id, LivePlatforms.Graph, json, CancellationToken.None);
            else await store.ReplaceSettingsAsync(id, LivePlatforms.Graph, json, previous.Settings, CancellationToken.None);
            if (e is GraphApiException refused)
            {
                throw new PulseException($"Microsoft Graph did not create the subscription: {refused.Message}. The Graph connection of {slug} is left as it was.", refused);
            }

            throw;
        }

        if (await subscriptions.NoteAsync(id, json, subscription with { Id = created.Id, ExpirationDateTime = created.ExpirationDateTime }, cancellationToken) is null)
        {
            await DeleteQuietlyAsync(client!, created.Id);
            throw new PulseException($"The Graph connection of {slug} was changed by someone else while its subscription was created; that subscription was deleted again. Connect again.");
        }

        // The subscription this one replaces would go on delivering (with the old clientState) until it expires.
        if (previous is not null && JsonSerializer.Deserialize<GraphSettings>(previous.Settings, ConnectionJson.Options)?.Subscription?.Id is { } replaced && replaced != created.Id)
        {
            await DeleteQuietlyAsync(client!, replaced);
        }

        return connection with { SubscriptionId = created.Id, SubscriptionExpirationDateTime = created.ExpirationDateTime };
    }

    /// <summary>Best effort: a subscription of another app, or one already gone, stays as it is and expires by itself.</summary>
    private static async Task DeleteQuietlyAsync(GraphApiClient client, string subscriptionId)
    {
        try
        {
            await client.DeleteSubscriptionAsync(subscriptionId, CancellationToken.None);
        }
        catch (GraphApiException)
        {
        }
    }

    /// <summary>The subscription `--subscribe` asks for, checked before anything is asked of Graph; null without `--subscribe`.</summary>
    private static GraphSubscriptionSettings? SubscriptionToCreate(string slug, GraphConnectRequest request, GraphCredentials? credentials, string? encryptionCertificate)
    {
        if (!request.Subscribe)
        {
            if (request.Resource is not null || request.NotificationUrl is not null) throw new PulseUsageException("--resource and --notification-url go with --subscribe.");
            return null;
        }

        if (credentials is null) throw new PulseUsageException("--subscribe needs --tenant, --client-id and --client-secret: Pulse creates and renews the subscription with the app's token.");
        var resource = GraphSubscriptionResource.Normalise(request.Resource)
            ?? throw new PulseUsageException($"--resource: '{request.Resource}' is not a Teams messages resource; give teams/getAllMessages, chats/getAllMessages, teams/TEAM-ID/channels/CHANNEL-ID/messages or chats/CHAT-ID/messages.");
        var hook = "/hooks/graph/" + slug;
        if (!Uri.TryCreate(request.NotificationUrl?.Trim(), UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !url.AbsolutePath.EndsWith(hook, StringComparison.Ordinal))
        {
            // Graph delivers only to https; plain http is allowed on this machine alone (a test).
            throw new PulseUsageException($"--notification-url: give the hook's public https address, https://YOUR-HOST{hook} (not '{request.NotificationUrl}').");
        }

        return new GraphSubscriptionSettings(resource, url.AbsoluteUri) { EncryptionCertificate = encryptionCertificate };
    }

    /// <summary>The app registration of the request; null when it gives none.</summary>
    private static GraphCredentials? Credentials(GraphConnectRequest request)
    {
        string?[] parts = [request.Tenant, request.ClientId, request.ClientSecret];
        if (parts.All(p => p is null))
        {
            if (request.AuthorityUrl is not null || request.GraphUrl is not null) throw new PulseUsageException("--authority-url and --graph-url go with --tenant, --client-id and --client-secret.");
            return null;
        }

        if (parts.Any(string.IsNullOrWhiteSpace)) throw new PulseUsageException("--tenant, --client-id and --client-secret go together: give all three (the app registration that fetches basic notifications' messages).");
        return new GraphCredentials(request.Tenant!.Trim(), request.ClientId!.Trim(), request.ClientSecret!.Trim(),
            Address(request.AuthorityUrl, "--authority-url") ?? GraphCredentials.PublicAuthority,
            Address(request.GraphUrl, "--graph-url") ?? GraphCredentials.PublicGraph);
    }

    private static Uri? Address(string? value, string option)
    {
        if (value is null) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(uri.Query))
        {
            throw new PulseUsageException($"{option}: {value} is not an http(s) address.");
        }

        // Relative paths (tenant/oauth2/…, v1.0/…) are resolved below it, so it ends with a slash.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
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

/// <summary>What `pulse connect graph` is given. Certificate and credentials are optional, each for one kind of notification.</summary>
/// <param name="CertificatePath">A PFX/PEM file with the certificate and its private key, for encrypted rich notifications.</param>
/// <param name="CertificateId">The encryptionCertificateId the subscription is created with; the certificate's thumbprint when null.</param>
public sealed record GraphConnectRequest(
    string ClientState,
    string? CertificatePath = null,
    string? CertificatePassword = null,
    string? CertificateId = null,
    string? Tenant = null,
    string? ClientId = null,
    string? ClientSecret = null,
    string? AuthorityUrl = null,
    string? GraphUrl = null)
{
    /// <summary>Create the subscription too (and let `pulse serve` renew it); needs the app credentials, <see cref="Resource"/> and <see cref="NotificationUrl"/>.</summary>
    public bool Subscribe { get; init; }

    /// <summary>What the subscription watches, e.g. <c>teams/getAllMessages</c>.</summary>
    public string? Resource { get; init; }

    /// <summary>The hook's public address, <c>https://HOST/hooks/graph/SLUG</c>.</summary>
    public string? NotificationUrl { get; init; }

    /// <summary>No secret in a log line or an exception.</summary>
    public override string ToString() => $"GraphConnectRequest {{ Tenant = {Tenant}, ClientId = {ClientId}, Subscribe = {Subscribe}, Resource = {Resource}, NotificationUrl = {NotificationUrl} }}";
}

/// <summary>What a Graph connection holds, for the subscription's fields: nothing secret.</summary>
/// <param name="EncryptionCertificate">The public certificate, base64 DER: the subscription's encryptionCertificate.</param>
/// <param name="Fetches">True when app credentials are kept (and were accepted), so basic notifications are fetched.</param>
/// <param name="SubscriptionId">The subscription Pulse created (and renews); null without `--subscribe`.</param>
public sealed record GraphConnection(
    string Organisation, string? EncryptionCertificateId, string? Thumbprint, string? EncryptionCertificate, bool Fetches,
    string? SubscriptionId = null, DateTimeOffset? SubscriptionExpirationDateTime = null);
