using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pulse.Connectors.Teams;

/// <summary>
/// What a change-notification subscription on Teams messages is created with (Microsoft: "Create
/// subscription", https://learn.microsoft.com/graph/api/subscription-post-subscriptions). The lifecycle
/// notifications go to the same hook as the change notifications.
/// </summary>
/// <param name="Resource">A shape <see cref="GraphSubscriptionResource"/> accepts, e.g. <c>teams/getAllMessages</c>.</param>
/// <param name="EncryptionCertificate">The public certificate, base64 DER; when given, the subscription asks for rich notifications (includeResourceData).</param>
public sealed record GraphSubscriptionRequest(
    string Resource, Uri NotificationUrl, string ClientState, DateTimeOffset ExpirationDateTime, string? EncryptionCertificate = null, string? EncryptionCertificateId = null)
{
    /// <summary>Every change of a message: a new one, an edit, a deletion.</summary>
    public const string ChangeTypes = "created,updated,deleted";

    /// <summary>No clientState in a log line or an exception.</summary>
    public override string ToString() => $"GraphSubscriptionRequest {{ Resource = {Resource}, NotificationUrl = {NotificationUrl}, ExpirationDateTime = {ExpirationDateTime:O} }}";
}

/// <summary>A subscription as Graph answers for it: its id and when it expires.</summary>
public sealed record GraphSubscription(string Id, DateTimeOffset ExpirationDateTime);

/// <summary>Creating, renewing and deleting change-notification subscriptions, with the same token, patience and Retry-After as the fetches.</summary>
public sealed partial class GraphApiClient
{
    /// <summary>
    /// <c>POST {graph}/v1.0/subscriptions</c>. Graph calls the notification URL (validationToken) before it
    /// answers, so the hook must already answer for the organisation.
    /// </summary>
    /// <exception cref="GraphApiException">Graph refused (its error code and message in the text) or stayed busy.</exception>
    public async Task<GraphSubscription> CreateSubscriptionAsync(GraphSubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notificationUrl = request.NotificationUrl.AbsoluteUri;
        var body = new JsonObject
        {
            ["changeType"] = GraphSubscriptionRequest.ChangeTypes,
            ["notificationUrl"] = notificationUrl,
            // Graph: required for a Teams message subscription that lasts longer than an hour; it may be the notificationUrl.
            ["lifecycleNotificationUrl"] = notificationUrl,
            ["resource"] = request.Resource,
            ["expirationDateTime"] = Timestamp(request.ExpirationDateTime),
            ["clientState"] = request.ClientState,
        };
        if (request.EncryptionCertificate is { } certificate)
        {
            body["includeResourceData"] = true;
            body["encryptionCertificate"] = certificate;
            body["encryptionCertificateId"] = request.EncryptionCertificateId;
        }

        return ReadSubscription(await SendJsonAsync(HttpMethod.Post, "subscriptions", body, "creating the subscription", cancellationToken));
    }

    /// <summary><c>PATCH {graph}/v1.0/subscriptions/{id}</c> with a new expirationDateTime (a renewal also reauthorizes the subscription).</summary>
    /// <exception cref="GraphApiException">Graph refused (404: the subscription is gone) or stayed busy.</exception>
    public async Task<GraphSubscription> RenewSubscriptionAsync(string id, DateTimeOffset expirationDateTime, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var body = new JsonObject { ["expirationDateTime"] = Timestamp(expirationDateTime) };
        var answer = await SendJsonAsync(HttpMethod.Patch, "subscriptions/" + Uri.EscapeDataString(id), body, "renewing the subscription", cancellationToken);
        // Graph answers the whole subscription; an empty answer still renewed it to what was asked.
        return answer.Length == 0 ? new GraphSubscription(id, expirationDateTime) : ReadSubscription(answer);
    }

    /// <summary><c>DELETE {graph}/v1.0/subscriptions/{id}</c>; a subscription already gone (404) is not an error.</summary>
    /// <exception cref="GraphApiException">Graph refused or stayed busy.</exception>
    public async Task DeleteSubscriptionAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        try
        {
            await SendJsonAsync(HttpMethod.Delete, "subscriptions/" + Uri.EscapeDataString(id), null, "deleting the subscription", cancellationToken);
        }
        catch (GraphApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
        }
    }

    /// <summary>A JSON request below <c>{graph}/v1.0/</c> with the app's token; the answer's body on success, a <see cref="GraphApiException"/> naming Graph's error otherwise.</summary>
    private async Task<byte[]> SendJsonAsync(HttpMethod method, string relativePath, JsonObject? body, string what, CancellationToken cancellationToken)
    {
        var (status, answer) = await RequestAsync(method, relativePath, body?.ToJsonString(), what, cancellationToken);
        if ((int)status is >= 200 and < 300) return answer;
        throw new GraphApiException($"Graph refused {what} ({(int)status}{Describe(answer, withMessage: true)})", status, transient: false);
    }

    private static GraphSubscription ReadSubscription(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            var expires = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("expirationDateTime", out var e) && e.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
            if (string.IsNullOrEmpty(id) || expires is null) throw new GraphApiException("Graph answered a subscription without id and expirationDateTime", null, transient: false);
            return new GraphSubscription(id, expires.Value.ToUniversalTime());
        }
        catch (JsonException e)
        {
            throw new GraphApiException("Graph did not answer JSON for the subscription", null, transient: false, e);
        }
    }

    /// <summary>ISO 8601 in UTC, as Graph's examples write it (<c>2026-12-01T11:00:00.0000000Z</c>).</summary>
    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
