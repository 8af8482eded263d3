using System.Text.Json;
using System.Text.Json.Nodes;
using Pulse.Connectors.Teams;
using Pulse.Storage;

namespace Pulse.Application.Live;

/// <summary>What `pulse connect slack` keeps: the Slack app's signing secret (sealed in the database).</summary>
public sealed record SlackSettings(string SigningSecret);

/// <summary>
/// What `pulse connect graph` keeps: the clientState given when the subscription was created; for
/// encrypted rich notifications, the certificate's private key and which certificate it is; for basic
/// notifications, the app registration whose token fetches the message. The clientState, the private key
/// and the client secret are sealed in the database (each under its own field name, <see cref="ConnectionJson"/>);
/// ids, thumbprint and addresses stay readable. Fields added later are null in rows written before them.
/// </summary>
public sealed record GraphSettings(string ClientState)
{
    /// <summary>The certificate's RSA private key, PKCS#8 PEM, sealed.</summary>
    public string? CertificateKey { get; init; }

    /// <summary>The encryptionCertificateId the subscription was created with; notifications encrypted for another are refused.</summary>
    public string? CertificateId { get; init; }

    /// <summary>The certificate's SHA-1 thumbprint (hex), compared with a notification's encryptionCertificateThumbprint.</summary>
    public string? CertificateThumbprint { get; init; }

    public string? Tenant { get; init; }

    public string? ClientId { get; init; }

    /// <summary>The app registration's client secret, sealed.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The token endpoint's host (a national cloud, or a test); null means login.microsoftonline.com.</summary>
    public string? AuthorityUrl { get; init; }

    /// <summary>Graph's address (a national cloud, or a test); null means graph.microsoft.com.</summary>
    public string? GraphUrl { get; init; }

    /// <summary>The subscription Pulse created and keeps renewing (`--subscribe`); null when the subscription is the user's own.</summary>
    public GraphSubscriptionSettings? Subscription { get; init; }

    /// <summary>The app registration with its client secret opened; null when the connection keeps none.</summary>
    internal GraphCredentials? OpenCredentials(ConnectionSecrets secrets, long organisationId) =>
        this is { Tenant: { } tenant, ClientId: { } clientId, ClientSecret: { } sealedSecret }
            ? new GraphCredentials(tenant, clientId, secrets.Open(sealedSecret, organisationId, ConnectionJson.GraphClientSecret),
                AuthorityUrl is { } authority ? new Uri(authority) : GraphCredentials.PublicAuthority,
                GraphUrl is { } graph ? new Uri(graph) : GraphCredentials.PublicGraph)
            : null;
}

/// <summary>
/// A Graph subscription Pulse manages: what it is created with again when Graph removed it (the resource,
/// the hook's public address, the public certificate of rich notifications) and what Graph answered (its id
/// and expiry). Nothing here is secret; the clientState is the connection's own.
/// </summary>
/// <param name="NotificationUrl">The hook's public address (<c>https://HOST/hooks/graph/SLUG</c>): notificationUrl and lifecycleNotificationUrl.</param>
public sealed record GraphSubscriptionSettings(string Resource, string NotificationUrl)
{
    /// <summary>The public certificate, base64 DER, when the subscription asks for rich notifications.</summary>
    public string? EncryptionCertificate { get; init; }

    /// <summary>Graph's id of the subscription; null only while `pulse connect` is creating it.</summary>
    public string? Id { get; init; }

    /// <summary>When Graph ends the subscription unless it is renewed.</summary>
    public DateTimeOffset? ExpirationDateTime { get; init; }
}

/// <summary>What `pulse connect yammer` keeps: the API token (sealed in the database) and the API's address (plain).</summary>
internal sealed record YammerSettings(string Token, string BaseUrl);

/// <summary>
/// The settings column's JSON, camelCase as the rest of Pulse's JSON. Each platform's secret field holds
/// the secret sealed by <see cref="ConnectionSecrets"/> (ADR 0009); the other fields stay readable.
/// </summary>
internal static class ConnectionJson
{
    public const string Yammer = "yammer";

    /// <summary>
    /// What the Graph certificate's private key and client secret are sealed for: the connection and the
    /// field, so that a sealed value moved into another field of the same row does not open either.
    /// </summary>
    public const string GraphCertificateKey = LivePlatforms.Graph + ".certificateKey";

    public const string GraphClientSecret = LivePlatforms.Graph + ".clientSecret";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Every platform whose settings hold a secret.</summary>
    public static IReadOnlyList<string> Platforms { get; } = [LivePlatforms.Slack, LivePlatforms.Graph, Yammer];

    /// <summary>
    /// The settings with the secret field sealed, when it was in plain text (a row written before
    /// secrets were sealed); null when there is nothing to seal.
    /// </summary>
    public static string? SealPlain(string platform, long organisationId, string settings, ConnectionSecrets secrets)
    {
        if (JsonNode.Parse(settings) is not JsonObject json) return null;
        var field = SecretField(platform);
        if (json[field] is not JsonValue value || !value.TryGetValue<string>(out var secret) || ConnectionSecrets.IsSealed(secret)) return null;
        json[field] = secrets.Seal(secret, organisationId, platform);
        return json.ToJsonString(Options);
    }

    /// <summary>The JSON name of the platform's secret field, as the settings records serialise it.</summary>
    private static string SecretField(string platform) => platform switch
    {
        LivePlatforms.Slack => "signingSecret",
        LivePlatforms.Graph => "clientState",
        Yammer => "token",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "a platform with a secret"),
    };
}
