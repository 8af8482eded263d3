using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Pulse.Connectors.Teams;
using Pulse.Monitoring.Model;
using Pulse.Storage;
using Pulse.Storage.Rows;

namespace Pulse.Application.Live;

/// <summary>What became of one queued Graph notification.</summary>
/// <param name="Message">The message it writes; null when it writes none (not about a message, or failed).</param>
/// <param name="Error">Why it was given up on (kept in <c>inbound_events.error</c>, counted as failed); null when it was read.</param>
/// <param name="PutOff">Graph was busy or unreachable: the event stays queued and is tried again later.</param>
internal sealed record GraphReading(Message? Message, string? Error = null, bool PutOff = false);

/// <summary>
/// Turns a queued Graph notification into its message, in the worker (never in the request Graph waits
/// on): the chatMessage in <c>resourceData</c> as it is; <c>encryptedContent</c> decrypted with the
/// connection's certificate, after its id, thumbprint and signature are checked; a basic notification's
/// message fetched from Graph with the connection's app-only token. Keeps each connection's opened key
/// and API client (with its cached token) until the connection's settings change.
/// </summary>
internal sealed class GraphMessages(ConnectionSecrets secrets)
{
    /// <summary>One client for every fetch and token request: pooled connections, renewed so that DNS changes are seen.</summary>
    internal static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(100) };

    private readonly ConcurrentDictionary<long, Opened> opened = new();

    /// <summary>Back-off and patience towards Graph (tests may shorten them).</summary>
    public GraphApiPolicy Policy { get; set; } = GraphApiPolicy.Default;

    /// <exception cref="Pulse.Monitoring.Import.ImportException">The notification, or the chatMessage it leads to, cannot be read.</exception>
    public async Task<GraphReading> ReadAsync(ConnectionRow connection, string notification, CancellationToken cancellationToken)
    {
        var change = GraphNotifications.Parse(notification);
        if (change.Message is { } inline) return new GraphReading(inline);
        if (change.Encrypted is { } encrypted) return Decrypt(Open(connection), change, encrypted);
        if (change.Resource is { } resource) return await FetchAsync(Open(connection), change, resource, cancellationToken);
        // Not about a Teams message (another resource): nothing to write. Lifecycle notifications never get here (GraphSubscriptions).
        return new GraphReading(null);
    }

    /// <summary>
    /// A notification queued for an organisation no longer connected to Graph: the message it carries, read as
    /// it is; one that needs the certificate or the app's token is given up with the reason (they went with the
    /// connection); a lifecycle notification changes nothing (its subscription was deleted with the connection).
    /// </summary>
    /// <exception cref="Pulse.Monitoring.Import.ImportException">The notification cannot be read.</exception>
    public static GraphReading ReadDisconnected(string notification)
    {
        if (GraphLifecycleNotification.Read(notification) is not null) return new GraphReading(null);
        var change = GraphNotifications.Parse(notification);
        if (change.Message is { } inline) return new GraphReading(inline);
        return change.Encrypted is not null || change.Resource is not null
            ? Failed("not read: the organisation was disconnected from Microsoft Graph (pulse disconnect graph) before it was applied, and its certificate and app credentials went with the connection")
            : new GraphReading(null);
    }

    private static GraphReading Decrypt(Opened connection, GraphChange change, GraphEncryptedContent encrypted)
    {
        if (connection.Key is null) return Failed("the notification is encrypted and the connection has no certificate: run pulse connect graph … --certificate PATH");
        if (!string.Equals(encrypted.EncryptionCertificateId, connection.CertificateId, StringComparison.Ordinal))
        {
            return Failed($"the notification is encrypted for certificate id '{encrypted.EncryptionCertificateId}', the connection holds '{connection.CertificateId}'");
        }

        if (encrypted.EncryptionCertificateThumbprint is { Length: > 0 } thumbprint && !string.Equals(thumbprint, connection.Thumbprint, StringComparison.OrdinalIgnoreCase))
        {
            return Failed($"the notification is encrypted for certificate thumbprint {thumbprint}, the connection holds {connection.Thumbprint}");
        }

        byte[] json;
        try
        {
            json = encrypted.Decrypt(connection.Key);
        }
        catch (GraphContentException e)
        {
            return Failed(e.Message);
        }

        return new GraphReading(GraphNotifications.ReadChatMessage(json, change));
    }

    private static async Task<GraphReading> FetchAsync(Opened connection, GraphChange change, GraphResource resource, CancellationToken cancellationToken)
    {
        if (connection.Client is null) return Failed("a basic notification (no resource data) and the connection has no app credentials to fetch the message: run pulse connect graph … --tenant T --client-id C --client-secret S");
        byte[] json;
        try
        {
            json = await connection.Client.GetAsync(resource, cancellationToken);
        }
        catch (GraphApiException e) when (e.Transient)
        {
            return new GraphReading(null, e.Message, PutOff: true);
        }
        catch (GraphApiException e)
        {
            return Failed(e.Message);
        }

        return new GraphReading(GraphNotifications.ReadChatMessage(json, change));
    }

    private static GraphReading Failed(string error) => new(null, error);

    /// <summary>The connection's key and client, opened once per version of its settings.</summary>
    private Opened Open(ConnectionRow connection)
    {
        if (opened.TryGetValue(connection.OrganisationId, out var current) && current.Settings == connection.Settings) return current;
        var settings = JsonSerializer.Deserialize<GraphSettings>(connection.Settings, ConnectionJson.Options)!;
        var id = connection.OrganisationId;
        RSA? key = null;
        if (settings.CertificateKey is { } sealedKey)
        {
            key = RSA.Create();
            key.ImportFromPem(secrets.Open(sealedKey, id, ConnectionJson.GraphCertificateKey));
        }

        var client = settings.OpenCredentials(secrets, id) is { } credentials ? new GraphApiClient(Http, credentials, Policy) : null;

        var fresh = new Opened(connection.Settings, key, settings.CertificateId, settings.CertificateThumbprint, client);
        opened[id] = fresh;
        current?.Dispose();
        return fresh;
    }

    private sealed record Opened(string Settings, RSA? Key, string? CertificateId, string? Thumbprint, GraphApiClient? Client) : IDisposable
    {
        public void Dispose()
        {
            Key?.Dispose();
            Client?.Dispose();
        }
    }
}
